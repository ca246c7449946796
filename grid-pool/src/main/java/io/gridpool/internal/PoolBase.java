package io.gridpool.internal;

import com.hazelcast.function.BiFunctionEx;
import com.hazelcast.function.FunctionEx;
import com.hazelcast.function.SupplierEx;
import io.gridpool.Pool;
import io.gridpool.PoolStats;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * The {@link Pool} contract, once, for every kind of worker: argument checks, how each method
 * becomes a call, and blocking on the call's result. Thread-safe.
 */
public abstract class PoolBase implements Pool {

    private final Engine engine;
    private final Dispatcher dispatcher;
    private final StatelessFunctions functions;

    protected PoolBase(Engine engine) {
        this.engine = engine;
        this.dispatcher = engine.dispatcher;
        this.functions = dispatcher.serialization() == null ? null
                : new StatelessFunctions(dispatcher.serialization());
    }

    /** Returns a snapshot of the pool's workers, chunks and calls. */
    public PoolStats stats() {
        return dispatcher.stats();
    }

    @Override
    public int parallelism() {
        return dispatcher.parallelism();
    }

    @Override
    public <T, R> List<R> map(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs) {
        return await(mapAsync(fn, inputs));
    }

    @Override
    public <T, R> List<R> map(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs, int chunkSize) {
        return await(mapAsync(fn, inputs, chunkSize));
    }

    @Override
    public <T, R> CompletableFuture<List<R>> mapAsync(FunctionEx<? super T, ? extends R> fn,
                                                      Iterable<? extends T> inputs) {
        Checks.notNull(fn, "fn");
        Checks.notNull(inputs, "inputs");
        return listCall(fn, inputs.iterator(), autoSize(inputs), values -> values);
    }

    @Override
    public <T, R> CompletableFuture<List<R>> mapAsync(FunctionEx<? super T, ? extends R> fn,
                                                      Iterable<? extends T> inputs, int chunkSize) {
        Checks.notNull(fn, "fn");
        Checks.notNull(inputs, "inputs");
        Checks.atLeastOne(chunkSize, "chunkSize");
        return listCall(fn, inputs.iterator(), ChunkSizer.fixed(chunkSize), values -> values);
    }

    @Override
    public <T, R> Iterator<R> imap(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs) {
        Checks.notNull(fn, "fn");
        Checks.notNull(inputs, "inputs");
        return iteratorCall(true, fn, inputs.iterator(), autoSize(inputs, ChunkSizer.MAX_AUTO_LAZY));
    }

    @Override
    public <T, R> Iterator<R> imap(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs,
                                   int chunkSize) {
        Checks.notNull(fn, "fn");
        Checks.notNull(inputs, "inputs");
        Checks.atLeastOne(chunkSize, "chunkSize");
        return iteratorCall(true, fn, inputs.iterator(), ChunkSizer.fixed(chunkSize));
    }

    @Override
    public <T, R> Iterator<R> imapUnordered(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs) {
        Checks.notNull(fn, "fn");
        Checks.notNull(inputs, "inputs");
        return iteratorCall(false, fn, inputs.iterator(), autoSize(inputs, ChunkSizer.MAX_AUTO_LAZY));
    }

    @Override
    public <T, R> Iterator<R> imapUnordered(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs,
                                            int chunkSize) {
        Checks.notNull(fn, "fn");
        Checks.notNull(inputs, "inputs");
        Checks.atLeastOne(chunkSize, "chunkSize");
        return iteratorCall(false, fn, inputs.iterator(), ChunkSizer.fixed(chunkSize));
    }

    @Override
    public <A, B, R> List<R> starmap(BiFunctionEx<? super A, ? super B, ? extends R> fn,
                                     Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs) {
        return await(starmapAsync(fn, pairs));
    }

    @Override
    public <A, B, R> List<R> starmap(BiFunctionEx<? super A, ? super B, ? extends R> fn,
                                     Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs, int chunkSize) {
        return await(starmapAsync(fn, pairs, chunkSize));
    }

    @Override
    public <A, B, R> CompletableFuture<List<R>> starmapAsync(
            BiFunctionEx<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs) {
        Checks.notNull(fn, "fn");
        Checks.notNull(pairs, "pairs");
        return listCall(new Adapters.Spread<>(fn), pairsOf(pairs), autoSize(pairs), values -> values);
    }

    @Override
    public <A, B, R> CompletableFuture<List<R>> starmapAsync(
            BiFunctionEx<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs, int chunkSize) {
        Checks.notNull(fn, "fn");
        Checks.notNull(pairs, "pairs");
        Checks.atLeastOne(chunkSize, "chunkSize");
        return listCall(new Adapters.Spread<>(fn), pairsOf(pairs), ChunkSizer.fixed(chunkSize), values -> values);
    }

    @Override
    public <R> R apply(SupplierEx<? extends R> fn) {
        Checks.notNull(fn, "fn");
        return awaitApply(new Adapters.Supply<>(fn), null);
    }

    @Override
    public <T, R> R apply(FunctionEx<? super T, ? extends R> fn, T arg) {
        Checks.notNull(fn, "fn");
        return awaitApply(fn, arg);
    }

    @Override
    public <R> CompletableFuture<R> applyAsync(SupplierEx<? extends R> fn) {
        Checks.notNull(fn, "fn");
        return applyCall(new Adapters.Supply<>(fn), null);
    }

    @Override
    public <T, R> CompletableFuture<R> applyAsync(FunctionEx<? super T, ? extends R> fn, T arg) {
        Checks.notNull(fn, "fn");
        return applyCall(fn, arg);
    }

    @Override
    public <T, R> List<R> mapByKey(FunctionEx<? super T, ?> keyFn, FunctionEx<? super T, ? extends R> fn,
                                   Iterable<? extends T> inputs) {
        Checks.notNull(keyFn, "keyFn");
        Checks.notNull(fn, "fn");
        Checks.notNull(inputs, "inputs");
        Function<Object, Worker> partitionOwners = engine.workers.partitionOwners();
        // without partitions every key has no owner, but the keys are still made and checked, so
        // a null key or a failing key function fails on a LocalPool as it would on a grid
        Function<Object, Worker> owners = partitionOwners != null ? partitionOwners : key -> null;
        @SuppressWarnings("unchecked")
        FunctionEx<Object, ?> key = (FunctionEx<Object, ?>) keyFn;
        ChunkSizer sizer = autoSize(inputs);
        return await(listCall(fn, inputs.iterator(), sizer, values -> values,
                source -> new Chunker(source, sizer, key, owners)));
    }

    @Override
    public void close() {
        dispatcher.close();
    }

    @Override
    public void terminate() {
        dispatcher.terminate();
    }

    @Override
    public void join() throws InterruptedException {
        dispatcher.join();
    }

    // ---- calls ------------------------------------------------------------------------------

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <V> CompletableFuture<V> applyCall(FunctionEx<?, ?> fn, Object arg) {
        return (CompletableFuture) startApply(fn, arg, false).future();
    }

    /**
     * An apply whose future stays here: the engine may complete it on any thread, so a small
     * result reaches this caller without a hand-off; the listener news it holds is told here.
     */
    @SuppressWarnings("unchecked")
    private <V> V awaitApply(FunctionEx<?, ?> fn, Object arg) {
        ListCall call = startApply(fn, arg, true);
        try {
            return (V) await(call.future());
        } finally {
            call.taken();
        }
    }

    private ListCall startApply(FunctionEx<?, ?> fn, Object arg, boolean awaited) {
        Iterator<Object> one = java.util.Collections.singletonList(arg).iterator();
        ChunkSizer sizer = ChunkSizer.fixed(1);
        return startList(fn, values -> values.get(0), new Chunker(one, sizer), true, awaited);
    }

    private <V> CompletableFuture<V> listCall(FunctionEx<?, ?> fn, Iterator<?> source, ChunkSizer sizer,
                                              Function<List<Object>, Object> finisher) {
        return listCall(fn, source, sizer, finisher, s -> new Chunker(s, sizer));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <V> CompletableFuture<V> listCall(FunctionEx<?, ?> fn, Iterator<?> source, ChunkSizer sizer,
                                              Function<List<Object>, Object> finisher,
                                              Function<Iterator<?>, Chunker> chunking) {
        return (CompletableFuture) startList(fn, finisher, chunking.apply(source), false, false).future();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ListCall startList(FunctionEx<?, ?> fn, Function<List<Object>, Object> finisher, Chunker chunker,
                               boolean single, boolean awaited) {
        long id = dispatcher.newCallId();
        byte[] bytes = functionBytes(fn);
        CallFuture<Object> future = new CallFuture<>();
        ListCall call = new ListCall(dispatcher, id, (FunctionEx) fn, bytes, chunker, future, finisher, single,
                awaited);
        future.onCancel(() -> dispatcher.cancel(call, new CancellationException("the call was cancelled")));
        dispatcher.register(call);
        return call;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <R> Iterator<R> iteratorCall(boolean ordered, FunctionEx<?, ?> fn, Iterator<?> source,
                                         ChunkSizer sizer) {
        long id = dispatcher.newCallId();
        byte[] bytes = functionBytes(fn);
        Chunker chunker = new Chunker(source, sizer);
        IteratorCall call = ordered ? new OrderedCall(dispatcher, id, (FunctionEx) fn, bytes, chunker)
                : new UnorderedCall(dispatcher, id, (FunctionEx) fn, bytes, chunker);
        dispatcher.register(call);
        return (Iterator<R>) call;
    }

    private byte[] functionBytes(FunctionEx<?, ?> fn) {
        return functions == null ? null : functions.bytesOf(fn);
    }

    /** The caller left the chunk size out: the pool's default, else CPython's cut or growing chunks. */
    private ChunkSizer autoSize(Iterable<?> inputs) {
        return autoSize(inputs, ChunkSizer.MAX_AUTO);
    }

    private ChunkSizer autoSize(Iterable<?> inputs, int max) {
        if (engine.options.chunkSize() > 0) {
            return ChunkSizer.fixed(engine.options.chunkSize());
        }
        if (inputs instanceof Collection<?> sized) {
            return ChunkSizer.forLength(sized.size(), parallelism(), max);
        }
        return ChunkSizer.adaptive(max);
    }

    private static Iterator<Object> pairsOf(Iterable<? extends Map.Entry<?, ?>> pairs) {
        Iterator<? extends Map.Entry<?, ?>> entries = pairs.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Object next() {
                return Pair.of(entries.next());
            }
        };
    }

    /** Waits for a call, throwing what failed it as it is. */
    private static <V> V await(CompletableFuture<V> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw Exceptions.sneaky(e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while waiting for the call");
            cancelled.initCause(e);
            throw cancelled;
        }
    }
}
