package io.gridpool.contract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/** Inputs for the cases: sized and unsized ranges, endless ones that count what was read. */
final class Inputs {

    private Inputs() {
    }

    /** 0, 1, … n-1 as a list: a sized input, cut as CPython cuts it. */
    static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    /** 0, 1, … n-1 as an iterable that is not a collection: an input of unknown length. */
    static Iterable<Integer> unsized(int n) {
        return () -> IntStream.range(0, n).iterator();
    }

    /** The squares of 0, 1, … n-1. */
    static List<Integer> squares(int n) {
        return IntStream.range(0, n).map(Tasks::square).boxed().toList();
    }

    /** 0, 1, 2, … without end; {@code read} counts the elements handed out. */
    static Iterable<Integer> endless(AtomicLong read) {
        return () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                return (int) read.getAndIncrement();
            }
        };
    }

    /** Everything an iterator has left. */
    static <T> List<T> drain(Iterator<T> iterator) {
        List<T> all = new ArrayList<>();
        while (iterator.hasNext()) {
            all.add(iterator.next());
        }
        return all;
    }
}
