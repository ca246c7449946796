package io.gridpool.internal.dispatch;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic chunk sizes of a sized input: CPython's cut first, then chunks that shrink with what is
 * left (guided self-scheduling), never shorter than a couple of milliseconds of work.
 */
class ChunkSizerTest {

    @Test
    void guided_shrinksWithWhatIsLeft_beforeAnyChunkTimeIsSeen() {
        ChunkSizer sizer = ChunkSizer.guided(1_000, 4, ChunkSizer.MAX_AUTO);

        List<Integer> sizes = cut(sizer, 1_000);

        assertThat(sizes.subList(0, 3)).as("CPython's, then ceil(left / 32)").containsExactly(63, 30, 29);
        assertThat(sizes.get(sizes.size() - 1)).isEqualTo(1);
    }

    @Test
    void guided_shrinksAsTheInputRunsOut_toSingleElementsOfLongTasks() {
        ChunkSizer sizer = ChunkSizer.guided(6_000, 6, ChunkSizer.MAX_AUTO);
        sizer.observe(250, TimeUnit.MILLISECONDS.toNanos(2_500));

        List<Integer> sizes = cut(sizer, 6_000);

        assertThat(sizes.get(0)).isEqualTo(250);
        assertThat(sizes).allMatch(size -> size <= 250).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(sizes.get(1)).as("ceil(5750 / 48)").isEqualTo(120);
        assertThat(sizes.get(sizes.size() - 1)).isEqualTo(1);
        assertThat(sizes.size()).as("more chunks than CPython's 24, not thousands").isBetween(25, 400);
    }

    @Test
    void guided_neverCutsChunksShorterThanTwoMillisecondsOfWork() {
        ChunkSizer sizer = ChunkSizer.guided(1_000_000, 4, ChunkSizer.MAX_AUTO);
        sizer.observe(62_500, TimeUnit.MICROSECONDS.toNanos(6_250)); // 100 ns an element

        List<Integer> sizes = cut(sizer, 1_000_000);

        assertThat(sizes).allMatch(size -> size >= 20_000 || size == sizes.get(sizes.size() - 1));
        assertThat(sizes.size()).as("2 ms of work each: at most 10^6 × 100 ns / 2 ms = 50, and a few above the floor").isLessThan(60);
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
