package org.example.trusted;

import java.io.Serializable;

/** An application class that travels with Java serialization, in a package the test members allow. */
public final class Money implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long cents;

    public Money(long cents) {
        this.cents = cents;
    }

    public long cents() {
        return cents;
    }
}
