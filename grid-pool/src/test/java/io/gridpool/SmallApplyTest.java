package io.gridpool;

import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A blocking apply's chunk is told to the pool's listeners before the apply returns, even when its
 * small result is taken on the thread it arrives on, and so is every chunk of a map, whichever
 * thread takes the last one, and an iterator's chunk before its results are handed out; and a function is serialized afresh at each
 * call when it captures state, even though functions that capture nothing are serialized once.
 */
class SmallApplyTest {

    @Test
    void apply_listenerToldBeforeItReturns() {
        for (boolean serializing : new boolean[] {false, true}) {
            Told told = new Told();
            try (LocalPool pool = LocalPool.builder().threads(2).serializing(serializing).addListener(told).build()) {
                for (int i = 0; i < 200; i++) {
                    assertThat(pool.<Integer>apply(() -> 1)).isEqualTo(1);
                    assertThat(told.completed).hasSize(i + 1);
                }
            }
        }
    }

    @Test
    void map_listenerToldOfEveryChunkBeforeItReturns() {
        List<Integer> ten = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        Told told = new Told();
        try (LocalPool pool = LocalPool.builder().threads(2).addListener(told).build()) {
            for (int i = 1; i <= 200; i++) {
                assertThat(pool.map(x -> x, ten, 1)).isEqualTo(ten);
                assertThat(told.completed).hasSize(10 * i);
            }
        }
    }

    @Test
    void imap_listenerToldOfAChunkBeforeItsResultIsHandedOut() {
        List<Integer> ten = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        for (boolean serializing : new boolean[] {false, true}) {
            Told told = new Told();
            try (LocalPool pool = LocalPool.builder().threads(2).serializing(serializing).addListener(told).build()) {
                for (int i = 0; i < 100; i++) {
                    int before = told.completed.size();
                    Iterator<Integer> results = pool.imapUnordered(x -> x, ten, 1);
                    for (int taken = 1; taken <= ten.size(); taken++) {
                        results.next();
                        assertThat(told.completed.size() - before).isGreaterThanOrEqualTo(taken);
                    }
                }
            }
        }
    }

    @Test
    void apply_capturedStateIsReadAtEachCall() {
        try (LocalPool pool = LocalPool.builder().threads(2).serializing(true).build()) {
            List<String> words = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 3; i++) {
                words.add("word");
                assertThat(pool.<Integer>apply(() -> words.size())).isEqualTo(i + 1);
            }
        }
    }

    private static final class Told implements PoolListener {
        final List<String> completed = new CopyOnWriteArrayList<>();

        @Override
        public void chunkCompleted(String worker, long nanos) {
            Thread.yield(); // widens the window in which a caller could return before the news is told
            completed.add(worker);
        }
    }
}
