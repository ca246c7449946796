package io.gridpool.internal.call;

import com.hazelcast.function.FunctionEx;
import io.gridpool.internal.dispatch.CallMeter;
import io.gridpool.internal.dispatch.ChunkSizer;
import io.gridpool.internal.dispatch.Chunker;
import io.gridpool.internal.dispatch.Dispatcher;
import io.gridpool.internal.wire.Adapters;
import io.gridpool.internal.wire.Codec;
import io.gridpool.internal.wire.Pair;
import io.gridpool.internal.wire.Payload;
import io.gridpool.internal.worker.Worker;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * How each method of a pool becomes a call: the chunk size it gets, the collector its caller
 * waits on, and its registration with the dispatcher. Arguments are checked by the pool before.
 * Thread-safe.
 */
public final class Calls {

    /** A chunk size of 0 asks for the automatic size. */
    public static final int AUTO = 0;

    private final Dispatcher dispatcher;
    private final Codec codec;
    private final int defaultChunkSize;
    private final Function<Object, Worker> partitionOwners;

    /**
     * @param defaultChunkSize the chunk size of calls that give none, or {@link #AUTO}
     * @param partitionOwners the owner of a key's partition, or {@code null} without partitions
     */
    public Calls(Dispatcher dispatcher, Codec codec, int defaultChunkSize, Function<Object, Worker> partitionOwners) {
        this.dispatcher = dispatcher;
        this.codec = codec;
        this.defaultChunkSize = defaultChunkSize;
        this.partitionOwners = partitionOwners;
    }

    /** A map over {@code inputs} in chunks of {@code chunkSize} (or {@link #AUTO}). */
    public <V> CompletableFuture<List<V>> map(FunctionEx<?, ?> fn, Iterable<?> inputs, int chunkSize) {
        Chunker chunker = Chunker.of(inputs, sizer(inputs, chunkSize, ChunkSizer.MAX_AUTO));
        return list(meter("map", fn, inputs), fn, chunker);
    }

    /** A starmap: {@code fn} is the pair-taking adapter of the caller's function; any entry will do. */
    public <V> CompletableFuture<List<V>> starmap(FunctionEx<Pair, ?> fn,
                                                  Iterable<? extends Map.Entry<?, ?>> pairs, int chunkSize) {
        Iterator<? extends Map.Entry<?, ?>> entries = pairs.iterator();
        Iterator<Object> asPairs = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Object next() {
                return Pair.of(entries.next());
            }
        };
        Chunker chunker = new Chunker(asPairs, sizer(pairs, chunkSize, ChunkSizer.MAX_AUTO));
        return list(meter("starmap", fn, pairs), fn, chunker);
    }

    /** A call whose caller gets the results as one list. */
    @SuppressWarnings("unchecked")
    private <V> CompletableFuture<List<V>> list(CallMeter meter, FunctionEx<?, ?> fn, Chunker chunker) {
        return (CompletableFuture<List<V>>) (CompletableFuture<?>) list(meter, fn, chunker, values -> values, false,
                false).future();
    }

    /** A lazy iterator over the results, in input order or in completion order. */
    @SuppressWarnings("unchecked")
    public <R> Iterator<R> iterator(boolean ordered, FunctionEx<?, ?> fn, Iterable<?> inputs, int chunkSize) {
        long id = dispatcher.newCallId();
        Payload function = codec.function(fn, "the function");
        Chunker chunker = Chunker.of(inputs, sizer(inputs, chunkSize, ChunkSizer.MAX_AUTO_LAZY));
        CallMeter meter = meter(ordered ? "imap" : "imapUnordered", fn, inputs);
        IteratorCall call = ordered ? new OrderedCall(dispatcher, id, function, chunker, meter)
                : new UnorderedCall(dispatcher, id, function, chunker, meter);
        dispatcher.register(call);
        return (Iterator<R>) call;
    }

    /** One task whose future reaches the caller. */
    @SuppressWarnings("unchecked")
    public <V> CompletableFuture<V> applyAsync(FunctionEx<?, ?> fn, Object arg) {
        return (CompletableFuture<V>) startApply("applyAsync", fn, arg, false).future();
    }

    /**
     * One task whose future stays here: the engine may complete it on any thread, so a small
     * result reaches this caller without a hand-off; the listener news it holds is told here.
     */
    @SuppressWarnings("unchecked")
    public <V> V apply(FunctionEx<?, ?> fn, Object arg) {
        ListCall call = startApply("apply", fn, arg, true);
        try {
            return (V) CallFuture.await(call.future());
        } finally {
            call.taken();
        }
    }

    /** A map whose elements run on the owners of their keys' partitions. */
    @SuppressWarnings("unchecked")
    public <V> CompletableFuture<List<V>> mapByKey(FunctionEx<Object, ?> keyFn, FunctionEx<?, ?> fn,
                                                   Iterable<?> inputs) {
        // without partitions every key has no owner, but the keys are still made and checked, so
        // a null key or a failing key function fails on a LocalPool as it would on a grid
        Function<Object, Worker> owners = partitionOwners != null ? partitionOwners : key -> null;
        ChunkSizer sizer = inputs instanceof Collection<?> sized
                ? ChunkSizer.forLength(sized.size(), dispatcher.parallelism(), ChunkSizer.MAX_AUTO)
                : ChunkSizer.adaptive(ChunkSizer.MAX_AUTO);
        return list(meter("mapByKey", fn, inputs), fn, new Chunker(inputs.iterator(), sizer, keyFn, owners));
    }

    private ListCall startApply(String method, FunctionEx<?, ?> fn, Object arg, boolean awaited) {
        Chunker one = new Chunker(Collections.singletonList(arg).iterator(), ChunkSizer.fixed(1));
        return list(new CallMeter(method, functionName(fn), 1), fn, one, values -> values.get(0), true, awaited);
    }

    private ListCall list(CallMeter meter, FunctionEx<?, ?> fn, Chunker chunker,
                          Function<List<Object>, Object> finisher, boolean single, boolean awaited) {
        long id = dispatcher.newCallId();
        Payload function = codec.function(fn, "the function");
        ListCall call = new ListCall(dispatcher, id, function, chunker, meter, finisher, single, awaited);
        dispatcher.register(call);
        return call;
    }

    /** The meter of a call of {@code method}, knowing its input's size if it is a collection. */
    private static CallMeter meter(String method, FunctionEx<?, ?> fn, Iterable<?> inputs) {
        return new CallMeter(method, functionName(fn), inputs instanceof Collection<?> sized ? sized.size() : -1);
    }

    /** The class of the caller's own function, inside the adapter of a starmap or an apply. */
    private static String functionName(FunctionEx<?, ?> fn) {
        return Adapters.callersFunction(fn).getClass().getName();
    }

    /**
     * The caller's chunk size; or the pool's; or, for a sized input, CPython's cut shrinking
     * towards the end; growing chunks for another.
     */
    private ChunkSizer sizer(Iterable<?> inputs, int chunkSize, int max) {
        int size = chunkSize != AUTO ? chunkSize : defaultChunkSize;
        if (size != AUTO) {
            return ChunkSizer.fixed(size);
        }
        if (inputs instanceof Collection<?> sized) {
            return ChunkSizer.guided(sized.size(), dispatcher.parallelism(), max);
        }
        return ChunkSizer.adaptive(max);
    }
}
