package org.example.untrusted;

import java.io.Serializable;

/**
 * A Serializable class in a package that no member allows: it stands for the classes an attacker
 * would send to run code while a member deserializes them.
 */
public final class Gadget implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int value;

    public Gadget(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
