package io.gridpool;

import com.hazelcast.function.BiFunctionEx;
import com.hazelcast.function.FunctionEx;
import com.hazelcast.function.SupplierEx;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * A pool of workers that runs functions over inputs in parallel: Python's
 * {@code multiprocessing.Pool}, in Java names. {@link LocalPool} runs on the threads of this JVM,
 * {@link GridPool} on the members of a Hazelcast cluster; code written against this interface runs
 * on either, so that a program scales from one machine to a grid by changing the line that
 * creates the pool.
 *
 * <h2>Functions, inputs and results</h2>
 * Functions are Hazelcast's serializable functional types, so lambdas travel to the members and
 * may throw checked exceptions. Inputs and results need not implement {@code Serializable}:
 * numbers, strings, records and plain classes travel through Hazelcast's serialization
 * (zero-config Compact), as do {@code Serializable} objects. {@code null} elements and results are
 * allowed, as in Python.
 *
 * <h2>Chunks</h2>
 * The map methods cut their inputs into chunks; a chunk is the unit of work sent to a worker.
 * Methods that take a {@code chunkSize} use it as given; the shorter overloads ask for the
 * automatic size: a sized input ({@link java.util.Collection}) is cut as CPython cuts it,
 * {@code ceil(size / (4 × parallelism()))}, and an input of unknown length grows its chunks until
 * each takes a few tens of milliseconds. Inputs are read lazily, only as fast as workers free up,
 * on a thread of the pool; an input is read by one thread at a time.
 *
 * <h2>Errors</h2>
 * <ul>
 *   <li>A function that throws fails its call with a {@link PoolTaskException} that gives the
 *       failing element's index (and, on a grid, the member); its cause is the original exception
 *       with the stack trace of the worker that ran it. No new chunk of a failed call is
 *       dispatched; blocking methods throw it, futures complete exceptionally with it.</li>
 *   <li>An input iterator that throws fails its call with that very exception, unwrapped.</li>
 *   <li>An element or result that cannot be serialized, or a class that a member lacks, fails its
 *       call with a {@link PoolTaskException} whose message names the class (and the member). A
 *       function that cannot be serialized is refused at the call with an
 *       {@link IllegalArgumentException} that names the class it captures.</li>
 *   <li>{@code chunkSize < 1} is an {@link IllegalArgumentException}, a {@code null} function or
 *       input an {@link NullPointerException}, and any call on a closed or terminated pool an
 *       {@link IllegalStateException}.</li>
 * </ul>
 * A failed call leaves the pool usable. A thread interrupted while it waits in a blocking method or
 * an iterator cancels its call and gets a {@link CancellationException}; its interrupt status is
 * kept.
 *
 * <h2>Deadlines and cancellation</h2>
 * A call's future completed from outside, by {@code cancel}, {@code orTimeout},
 * {@code completeOnTimeout} or {@code completeExceptionally}, ends the call: no more of its input
 * is read, its queued chunks are dropped and its running chunks are interrupted on their workers.
 * So a deadline on a whole call is
 * <pre>{@code
 * List<Score> scores = pool.mapAsync(Model::score, requests).orTimeout(1, TimeUnit.MINUTES).join();
 * }</pre>
 * A function that ignores interrupts runs its current element to its end; the worker's slot stays
 * busy until it returns.
 *
 * <h2>Thread safety</h2>
 * Pools are thread-safe: any number of threads may run calls on one pool at once, and each gets
 * exactly its own results. The iterators returned by {@link #imap} and {@link #imapUnordered} are
 * meant for one consuming thread.
 */
public interface Pool extends AutoCloseable {

    /**
     * Returns the number of worker slots now available: the threads of a {@link LocalPool}, the
     * sum of the members' executor threads for a {@link GridPool}. Python's {@code processes}.
     *
     * @return the number of chunks this pool can run at the same time, at least 0
     */
    int parallelism();

    /**
     * Returns a snapshot of the pool: its workers and slots, its chunks sent, in flight, completed,
     * failed and retried, its calls in progress, and its {@link PoolState state}. Cheap: it reads
     * counters the pool keeps anyway.
     */
    PoolStats stats();

    /**
     * Returns a look at the pool at work, for progress bars and dashboards: its calls in progress
     * (method, function class, elements and chunks done and known, failures, resends, time left
     * once the size is known), its workers (slots, chunks out and done, mean chunk time, heap and
     * processors) and its last finished chunks. It never holds element values; its memory is
     * bounded ({@link PoolSnapshot#HISTORY} chunks at most). Taking one costs a moment of the
     * pool's lock and a copy of what it shows; keeping it costs the pool only counters.
     */
    PoolSnapshot snapshot();

    /**
     * Applies {@code fn} to every input and returns the results in input order, blocking until
     * all are done. Python's {@code map}, with the automatic chunk size.
     *
     * @param fn the function to apply
     * @param inputs the inputs, read lazily; may be of any length and hold {@code null}
     * @return the results, in the order of the inputs; an unmodifiable list
     * @throws PoolTaskException if {@code fn} threw, or an element or result could not travel
     * @throws CancellationException if the pool was terminated during the call
     * @throws NullPointerException if {@code fn} or {@code inputs} is {@code null}
     * @throws IllegalArgumentException if {@code fn} cannot be serialized (on a grid)
     * @throws IllegalStateException if the pool is closed or terminated
     */
    <T, R> List<R> map(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs);

    /**
     * Like {@link #map(FunctionEx, Iterable)}, cutting the inputs into chunks of
     * {@code chunkSize} elements. Python's {@code map(func, iterable, chunksize)}.
     *
     * @throws IllegalArgumentException if {@code chunkSize < 1}
     */
    <T, R> List<R> map(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs, int chunkSize);

    /**
     * Starts a {@link #map(FunctionEx, Iterable) map} and returns at once. Python's
     * {@code map_async}: its {@code callback} and {@code error_callback} are the future's
     * {@code thenAccept} and {@code exceptionally}. The future completes exceptionally with a
     * {@link PoolTaskException}, the input's own exception, or a {@link CancellationException}
     * when the pool is terminated. Cancelling the future cancels the call.
     *
     * @throws NullPointerException if {@code fn} or {@code inputs} is {@code null}
     * @throws IllegalArgumentException if {@code fn} cannot be serialized (on a grid)
     * @throws IllegalStateException if the pool is closed or terminated
     */
    <T, R> CompletableFuture<List<R>> mapAsync(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs);

    /**
     * Like {@link #mapAsync(FunctionEx, Iterable)} with chunks of {@code chunkSize} elements.
     *
     * @throws IllegalArgumentException if {@code chunkSize < 1}
     */
    <T, R> CompletableFuture<List<R>> mapAsync(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs,
                                               int chunkSize);

    /**
     * Returns a lazy iterator over the results of {@code fn} applied to every input, in input
     * order. Python's {@code imap}, with the automatic chunk size (Python's default is 1).
     * <p>
     * The input is read only as the results are consumed: the work in flight and the results
     * waiting to be consumed are bounded whatever the input's length, so an endless input works
     * when the consumer stops early. {@code next()} blocks until the next result is ready and
     * throws, at the position of the first element that failed, the {@link PoolTaskException} or
     * the input's own exception; every result before that position is delivered first, whatever
     * the chunk size; after that the iterator has ended. After {@link #terminate()}, {@code next()} throws a
     * {@link CancellationException}. A pool {@link #close() closed} while an iterator still has
     * unread input delivers the results of the chunks already sent, then throws an
     * {@link IllegalStateException}.
     *
     * @throws NullPointerException if {@code fn} or {@code inputs} is {@code null}
     * @throws IllegalArgumentException if {@code fn} cannot be serialized (on a grid)
     * @throws IllegalStateException if the pool is closed or terminated
     */
    <T, R> Iterator<R> imap(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs);

    /**
     * Like {@link #imap(FunctionEx, Iterable)} with chunks of {@code chunkSize} elements.
     *
     * @throws IllegalArgumentException if {@code chunkSize < 1}
     */
    <T, R> Iterator<R> imap(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs, int chunkSize);

    /**
     * Like {@link #imap(FunctionEx, Iterable)}, handing out each chunk's results as soon as the
     * chunk is done, in completion order. Python's {@code imap_unordered}. A failure is thrown
     * after the results that were already complete when it happened.
     */
    <T, R> Iterator<R> imapUnordered(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs);

    /**
     * Like {@link #imapUnordered(FunctionEx, Iterable)} with chunks of {@code chunkSize} elements.
     *
     * @throws IllegalArgumentException if {@code chunkSize < 1}
     */
    <T, R> Iterator<R> imapUnordered(FunctionEx<? super T, ? extends R> fn, Iterable<? extends T> inputs,
                                     int chunkSize);

    /**
     * Applies {@code fn} to the key and value of every pair, in order, blocking until all are
     * done. Python's {@code starmap}. Any {@link Map.Entry} will do, {@link Map#entry} included:
     * the pool carries the pairs in a form that travels.
     *
     * @return the results, in the order of the pairs; an unmodifiable list
     * @throws PoolTaskException if {@code fn} threw, or a key, value or result could not travel
     * @throws CancellationException if the pool was terminated during the call
     * @throws NullPointerException if {@code fn}, {@code pairs} or one of the pairs is {@code null}
     * @throws IllegalStateException if the pool is closed or terminated
     */
    <A, B, R> List<R> starmap(BiFunctionEx<? super A, ? super B, ? extends R> fn,
                              Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs);

    /**
     * Like {@link #starmap(BiFunctionEx, Iterable)} with chunks of {@code chunkSize} pairs.
     *
     * @throws IllegalArgumentException if {@code chunkSize < 1}
     */
    <A, B, R> List<R> starmap(BiFunctionEx<? super A, ? super B, ? extends R> fn,
                              Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs, int chunkSize);

    /**
     * Starts a {@link #starmap(BiFunctionEx, Iterable) starmap} and returns at once. Python's
     * {@code starmap_async}; the future behaves as {@link #mapAsync(FunctionEx, Iterable)}'s.
     */
    <A, B, R> CompletableFuture<List<R>> starmapAsync(BiFunctionEx<? super A, ? super B, ? extends R> fn,
                                                      Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs);

    /**
     * Like {@link #starmapAsync(BiFunctionEx, Iterable)} with chunks of {@code chunkSize} pairs.
     *
     * @throws IllegalArgumentException if {@code chunkSize < 1}
     */
    <A, B, R> CompletableFuture<List<R>> starmapAsync(BiFunctionEx<? super A, ? super B, ? extends R> fn,
                                                      Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs,
                                                      int chunkSize);

    /**
     * Runs {@code fn} once on a worker and returns its result, blocking. Python's {@code apply}.
     *
     * @throws PoolTaskException if {@code fn} threw (index 0), or its result could not travel
     * @throws CancellationException if the pool was terminated during the call
     * @throws NullPointerException if {@code fn} is {@code null}
     * @throws IllegalArgumentException if {@code fn} cannot be serialized (on a grid)
     * @throws IllegalStateException if the pool is closed or terminated
     */
    <R> R apply(SupplierEx<? extends R> fn);

    /**
     * Runs {@code fn(arg)} once on a worker and returns its result, blocking. Python's
     * {@code apply(func, args)}; {@code arg} may be {@code null}.
     *
     * @throws PoolTaskException if {@code fn} threw (index 0), or {@code arg} or the result
     *         could not travel
     */
    <T, R> R apply(FunctionEx<? super T, ? extends R> fn, T arg);

    /**
     * Starts an {@link #apply(SupplierEx) apply} and returns at once. Python's
     * {@code apply_async}; the future completes as {@link #mapAsync(FunctionEx, Iterable)}'s.
     */
    <R> CompletableFuture<R> applyAsync(SupplierEx<? extends R> fn);

    /**
     * Starts an {@link #apply(FunctionEx, Object) apply(fn, arg)} and returns at once.
     */
    <T, R> CompletableFuture<R> applyAsync(FunctionEx<? super T, ? extends R> fn, T arg);

    /**
     * A {@link #map(FunctionEx, Iterable) map} that runs each element on the member that owns the
     * Hazelcast partition of {@code keyFn(element)}, so that the function reads co-located data
     * locally (through {@link GridContext#hazelcast()}). Results come in input order. A
     * {@link LocalPool} has no partitions and just maps. There is no Python counterpart.
     *
     * @param keyFn gives each element's partition key; it runs on the caller's side, and what it
     *        throws reaches the caller unwrapped, like an input's own exception
     * @throws PoolTaskException if {@code fn} threw, or an element or result could not travel
     * @throws NullPointerException if an argument is {@code null}, or a key is
     * @throws IllegalStateException if the pool is closed or terminated
     */
    <T, R> List<R> mapByKey(FunctionEx<? super T, ?> keyFn, FunctionEx<? super T, ? extends R> fn,
                            Iterable<? extends T> inputs);

    /**
     * Stops accepting calls and waits for the work already submitted: every call that returns a
     * list or a future runs to its end, and the lazy iterators' chunks in flight finish (an
     * iterator with unread input then ends with an {@link IllegalStateException}). Python's
     * {@code close()} followed by {@code join()}; Java's {@code ExecutorService.close()}. If the
     * waiting thread is interrupted, the pool is {@link #terminate() terminated} and the interrupt
     * status is kept. Closing twice is harmless. Never shuts down a {@code HazelcastInstance}
     * that the caller passed in.
     */
    @Override
    void close();

    /**
     * Stops accepting calls and cancels all work, running work included, and returns promptly
     * without waiting for it: every call in progress ends with a {@link CancellationException},
     * and threads blocked in a call or an iterator wake up. Python's {@code terminate()}.
     */
    void terminate();

    /**
     * Waits until a closed or terminated pool has no running work. Python's {@code join()}.
     *
     * @throws IllegalStateException if the pool is still open
     * @throws InterruptedException if the waiting thread is interrupted
     */
    void join() throws InterruptedException;
}
