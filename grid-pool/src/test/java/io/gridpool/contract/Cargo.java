package io.gridpool.contract;

import java.io.InputStream;
import java.io.Serializable;
import java.util.Objects;

/** What the cases send to workers and back: things that travel, and things that cannot. */
final class Cargo {

    private Cargo() {
    }

    /** A record: travels through zero-config Compact, though it is not {@code Serializable}. */
    record Point(int x, int y) {
        Point swapped() {
            return new Point(y, x);
        }
    }

    /** A plain class, not {@code Serializable}, with fields Compact supports: it travels too. */
    static final class Parcel {
        private String label;
        private long grams;
        private Point corner;

        Parcel() {
        }

        Parcel(String label, long grams, Point corner) {
            this.label = label;
            this.grams = grams;
            this.corner = corner;
        }

        Parcel heavier(long more) {
            return new Parcel(label + "+", grams + more, corner.swapped());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Parcel p && grams == p.grams && Objects.equals(label, p.label)
                    && Objects.equals(corner, p.corner);
        }

        @Override
        public int hashCode() {
            return Objects.hash(label, grams, corner);
        }

        @Override
        public String toString() {
            return "Parcel(" + label + ", " + grams + ", " + corner + ")";
        }
    }

    /** A {@code Serializable} class of the application: travels through Java serialization. */
    static final class Ticket implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String seat;

        Ticket(String seat) {
            this.seat = seat;
        }

        String seat() {
            return seat;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ticket t && seat.equals(t.seat);
        }

        @Override
        public int hashCode() {
            return seat.hashCode();
        }
    }

    /** Holds a thread: Compact refuses the field and Java serialization the class. It cannot travel. */
    static final class HoldsThread {
        private final Thread thread = new Thread(() -> { });

        @Override
        public String toString() {
            return "HoldsThread(" + thread.getName() + ")";
        }
    }

    /** Holds a stream: it cannot travel either. */
    static final class HoldsStream {
        private final InputStream in = InputStream.nullInputStream();

        @Override
        public String toString() {
            return "HoldsStream(" + in + ")";
        }
    }

    /** Says it is {@code Serializable}, but a field is not: Java serialization fails on it. */
    static final class HoldsLock implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Object lock = new Object();

        @Override
        public String toString() {
            return "HoldsLock(" + lock + ")";
        }
    }

    /** An exception that cannot travel back from a member: it holds a thread. */
    static final class UnserializableError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Thread thrower = Thread.currentThread();

        UnserializableError(String message) {
            super(message);
        }

        Thread thrower() {
            return thrower;
        }
    }
}
