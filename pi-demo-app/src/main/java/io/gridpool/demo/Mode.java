package io.gridpool.demo;

import java.util.Locale;

/** The three steps of the story: where the tasks run. */
enum Mode {

    /** One after the other on the calling thread: the story's first step. */
    SERIAL,

    /** On a {@code LocalPool}, one thread per core: {@code multiprocessing.Pool}. */
    LOCAL,

    /** On a {@code GridPool}, the members of a Hazelcast grid: Ray's step, one line changed. */
    GRID;

    /** The name on the command line and in reports: {@code serial}, {@code local}, {@code grid}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
