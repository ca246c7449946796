package io.gridpool;

import com.hazelcast.function.BiFunctionEx;
import com.hazelcast.function.FunctionEx;
import com.hazelcast.function.SupplierEx;
import io.gridpool.internal.Checks;
import io.gridpool.internal.Engine;
import io.gridpool.internal.call.CallFuture;
import io.gridpool.internal.call.Calls;
import io.gridpool.internal.wire.Adapters;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link Pool} contract, once, for both pools: each method checks its arguments and becomes a
 * call on the pool's engine. {@link LocalPool} and {@link GridPool} differ only in the engine they
 * hold. Thread-safe.
 */
abstract sealed class EnginePool implements Pool permits LocalPool, GridPool {

    private final Engine engine;
    private final Calls calls;

    EnginePool(Engine engine) {
        this.engine = engine;
        this.calls = engine.calls();
    }

    @Override
    public PoolStats stats() {
        return engine.stats();
    }

    @Override
    public PoolSnapshot snapshot() {
        return engine.snapshot();
    }

    @Override
    public int parallelism() {
        return engine.parallelism();
    }

    @Override
    public <T, R> List<R> map(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs) {
        return CallFuture.await(mapAsync(fn, inputs));
    }

    @Override
    public <T, R> List<R> map(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs, int chunkSize) {
        return CallFuture.await(mapAsync(fn, inputs, chunkSize));
    }

    @Override
    public <T, R> CompletableFuture<List<R>> mapAsync(FunctionEx<? super T, ? extends R> fn,
                                                      Iterable<? extends T> inputs) {
        return calls.map(notNull(fn), Checks.notNull(inputs, "inputs"), Calls.AUTO);
    }

    @Override
    public <T, R> CompletableFuture<List<R>> mapAsync(FunctionEx<? super T, ? extends R> fn,
                                                      Iterable<? extends T> inputs, int chunkSize) {
        return calls.map(notNull(fn), Checks.notNull(inputs, "inputs"), Checks.atLeastOne(chunkSize, "chunkSize"));
    }

    @Override
    public <T, R> Iterator<R> imap(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs) {
        return calls.iterator(true, notNull(fn), Checks.notNull(inputs, "inputs"), Calls.AUTO);
    }

    @Override
    public <T, R> Iterator<R> imap(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs,
                                   int chunkSize) {
        return calls.iterator(true, notNull(fn), Checks.notNull(inputs, "inputs"),
                Checks.atLeastOne(chunkSize, "chunkSize"));
    }

    @Override
    public <T, R> Iterator<R> imapUnordered(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs) {
        return calls.iterator(false, notNull(fn), Checks.notNull(inputs, "inputs"), Calls.AUTO);
    }

    @Override
    public <T, R> Iterator<R> imapUnordered(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs,
                                            int chunkSize) {
        return calls.iterator(false, notNull(fn), Checks.notNull(inputs, "inputs"),
                Checks.atLeastOne(chunkSize, "chunkSize"));
    }

    @Override
    public <A, B, R> List<R> starmap(BiFunctionEx<? super A, ? super B, ? extends R> fn,
                                     Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs) {
        return CallFuture.await(starmapAsync(fn, pairs));
    }

    @Override
    public <A, B, R> List<R> starmap(BiFunctionEx<? super A, ? super B, ? extends R> fn,
                                     Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs, int chunkSize) {
        return CallFuture.await(starmapAsync(fn, pairs, chunkSize));
    }

    @Override
    public <A, B, R> CompletableFuture<List<R>> starmapAsync(
            BiFunctionEx<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs) {
        return calls.starmap(new Adapters.Spread<>(notNull(fn)), Checks.notNull(pairs, "pairs"), Calls.AUTO);
    }

    @Override
    public <A, B, R> CompletableFuture<List<R>> starmapAsync(
            BiFunctionEx<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs, int chunkSize) {
        return calls.starmap(new Adapters.Spread<>(notNull(fn)), Checks.notNull(pairs, "pairs"),
                Checks.atLeastOne(chunkSize, "chunkSize"));
    }

    @Override
    public <R> R apply(SupplierEx<? extends R> fn) {
        return calls.apply(new Adapters.Supply<>(notNull(fn)), null);
    }

    @Override
    public <T, R> R apply(FunctionEx<? super T, ? extends R> fn, T arg) {
        return calls.apply(notNull(fn), arg);
    }

    @Override
    public <R> CompletableFuture<R> applyAsync(SupplierEx<? extends R> fn) {
        return calls.applyAsync(new Adapters.Supply<>(notNull(fn)), null);
    }

    @Override
    public <T, R> CompletableFuture<R> applyAsync(FunctionEx<? super T, ? extends R> fn, T arg) {
        return calls.applyAsync(notNull(fn), arg);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T, R> List<R> mapByKey(FunctionEx<? super T, ?> keyFn, FunctionEx<? super T, ? extends R> fn,
                                   Iterable<? extends T> inputs) {
        Checks.notNull(keyFn, "keyFn");
        return CallFuture.await(calls.mapByKey((FunctionEx<Object, ?>) keyFn, notNull(fn),
                Checks.notNull(inputs, "inputs")));
    }

    @Override
    public void close() {
        engine.close();
    }

    @Override
    public void terminate() {
        engine.terminate();
    }

    @Override
    public void join() throws InterruptedException {
        engine.join();
    }

    private static <F> F notNull(F fn) {
        return Checks.notNull(fn, "fn");
    }
}
