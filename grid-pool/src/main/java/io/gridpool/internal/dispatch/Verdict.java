package io.gridpool.internal.dispatch;

import io.gridpool.internal.wire.ChunkFate;

import java.util.List;

/**
 * What became of a chunk, as its call takes it: the fate, the results of the elements before a
 * failure (or of all), and the error that ends the call, at the input position
 * {@code failureIndex}. Immutable.
 */
public record Verdict(ChunkFate fate, List<Object> values, long failureIndex, Throwable error) {

    static Verdict done(List<Object> values) {
        return new Verdict(ChunkFate.DONE, values, -1, null);
    }

    /** The results before the element at {@code index}, which failed with {@code error}. */
    static Verdict failed(List<Object> values, long index, Throwable error) {
        return new Verdict(ChunkFate.FAILED, values, index, error);
    }

    /** A fate without results: {@code error} is {@code null} unless the call cannot go on. */
    static Verdict of(ChunkFate fate, long index, Throwable error) {
        return new Verdict(fate, List.of(), index, error);
    }
}
