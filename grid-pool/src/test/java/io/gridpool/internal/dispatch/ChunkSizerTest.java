package io.gridpool.internal.dispatch;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic chunk sizes of a sized input: CPython's cut first, smaller chunks as the input runs
 * out (guided self-scheduling), never chunks shorter than a couple of milliseconds of work.
 */
class ChunkSizerTest {

    @Test
    void guided_keepsCPythonsSize_untilAChunkTimeIsSeen() {
        ChunkSizer sizer = ChunkSizer.guided(1_000, 4, ChunkSizer.MAX_AUTO);

        List<Integer> sizes = cut(sizer, 1_000);

        assertThat(sizes.subList(0, sizes.size() - 1)).containsOnly(63);
    }

    @Test
    void guided_shrinksAsTheInputRunsOut_toSingleElementsOfLongTasks() {
        ChunkSizer sizer = ChunkSizer.guided(6_000, 6, ChunkSizer.MAX_AUTO);
        sizer.observe(250, TimeUnit.MILLISECONDS.toNanos(2_500));

        List<Integer> sizes = cut(sizer, 6_000);

        assertThat(sizes.get(0)).isEqualTo(250);
        assertThat(sizes).allMatch(size -> size <= 250).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(sizes.subList(0, 12)).as("more than half the input is left").containsOnly(250);
        assertThat(sizes.get(sizes.size() - 1)).isEqualTo(1);
        assertThat(sizes.size()).as("a few more chunks than CPython's 24, not thousands").isBetween(25, 200);
    }

    @Test
    void guided_neverCutsChunksShorterThanTwoMillisecondsOfWork() {
        ChunkSizer sizer = ChunkSizer.guided(1_000_000, 4, ChunkSizer.MAX_AUTO);
        sizer.observe(62_500, TimeUnit.MICROSECONDS.toNanos(6_250)); // 100 ns an element

        List<Integer> sizes = cut(sizer, 1_000_000);

        assertThat(sizes).allMatch(size -> size >= 20_000 || size == sizes.get(sizes.size() - 1));
        assertThat(sizes.size()).isLessThan(40);
    }

    @Test
    void givenAndUnsizedChunkSizes_doNotShrink() {
        assertThat(cut(ChunkSizer.fixed(7), 70)).hasSize(10).containsOnly(7);
        assertThat(ChunkSizer.forLength(1_000, 4, ChunkSizer.MAX_AUTO).next()).isEqualTo(63);
    }

    /** The sizes asked for until {@code length} elements are cut, the last one cut to what is left. */
    private static List<Integer> cut(ChunkSizer sizer, int length) {
        List<Integer> sizes = new ArrayList<>();
        for (int left = length; left > 0; ) {
            int size = Math.min(left, sizer.next());
            sizes.add(size);
            left -= size;
        }
        return sizes;
    }
}
