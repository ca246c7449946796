package io.gridpool.contract;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;

/**
 * CPython's {@code exception_throwing_generator(total, when)}: an input that yields 0, 1, 2 … and
 * throws a {@link SayWhen} when it reaches element {@code when}. It keeps what it threw, so a
 * case can check that the caller got that very exception.
 */
final class ThrowingInput implements Iterable<Integer> {

    private final int total;
    private final int when;
    private final boolean inHasNext;
    private volatile SayWhen thrown;

    private ThrowingInput(int total, int when, boolean inHasNext) {
        this.total = total;
        this.when = when;
        this.inHasNext = inHasNext;
    }

    /** Throws from {@code next()} at element {@code when} of {@code total}. */
    static ThrowingInput throwingAt(int when, int total) {
        return new ThrowingInput(total, when, false);
    }

    /** Throws from {@code hasNext()} when asked about element {@code when}. */
    static ThrowingInput throwingInHasNextAt(int when, int total) {
        return new ThrowingInput(total, when, true);
    }

    /** CPython's {@code SpecialIterable}: it says it has one element and throws when asked for it. */
    static Collection<Integer> sizedButThrowing(ThrowingInput input) {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Integer> iterator() {
                return input.iterator();
            }

            @Override
            public int size() {
                return 1;
            }
        };
    }

    /** What the input threw, once it has. */
    SayWhen thrown() {
        return thrown;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                if (inHasNext && next == when) {
                    throw say();
                }
                return next < total;
            }

            @Override
            public Integer next() {
                if (next == when) {
                    throw say();
                }
                return next++;
            }
        };
    }

    private SayWhen say() {
        thrown = new SayWhen("somebody said when, at element " + when);
        return thrown;
    }

    /** CPython's {@code SayWhenError}. */
    static final class SayWhen extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SayWhen(String message) {
            super(message);
        }
    }
}
