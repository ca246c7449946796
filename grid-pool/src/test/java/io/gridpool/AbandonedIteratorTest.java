package io.gridpool;

import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An imap whose consumer stops early and drops it does not stay in the pool: the pool holds
 * lazy calls weakly once nothing of theirs is in flight.
 */
class AbandonedIteratorTest {

    @Test
    void imap_droppedAfterAFewResults_isForgottenByThePool() {
        try (LocalPool pool = new LocalPool(2)) {
            takeFive(pool);
            await().atMost(30, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS).until(() -> {
                System.gc();
                return pool.stats().activeCalls() == 0;
            });
            assertThat(pool.map(x -> x * 2, java.util.List.of(1, 2, 3))).containsExactly(2, 4, 6);
        }
    }

    private static void takeFive(Pool pool) {
        Iterator<Long> endless = pool.imap(x -> x + 1, () -> Stream.iterate(0L, x -> x + 1).iterator(), 10);
        for (int i = 0; i < 5; i++) {
            assertThat(endless.next()).isEqualTo(i + 1L);
        }
    }
}
