package io.gridpool.contract;

import io.gridpool.PoolTaskException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Catches what a call throws, failing clearly when it throws nothing or something else. */
final class Thrown {

    private Thrown() {
    }

    static PoolTaskException poolTaskException(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("what the call threw").isInstanceOf(PoolTaskException.class);
        return (PoolTaskException) thrown;
    }
}
