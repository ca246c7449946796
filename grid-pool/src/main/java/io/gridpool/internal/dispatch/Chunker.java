package io.gridpool.internal.dispatch;

import com.hazelcast.function.FunctionEx;
import io.gridpool.internal.worker.Worker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Reads a call's input lazily and cuts it into chunks: consecutive runs of elements, or, for a
 * keyed call, runs of elements whose keys' partitions one member owns. Only the thread that
 * feeds the call uses it.
 */
public final class Chunker {

    /**
     * A run of elements read from the input. {@code end} says the input has no more; a
     * {@code failure} is what the input (or the key function) threw at element
     * {@code failureIndex}, after the elements of this cut were read.
     */
    public record Cut(List<Object> elements, long first, long[] indices, Worker target, boolean end,
               Throwable failure, long failureIndex) {
    }

    private final Iterator<?> source;
    private final List<?> slices;
    private final ChunkSizer sizer;
    private final FunctionEx<Object, ?> keyFn;
    private final Function<Object, Worker> ownerOf;
    private final Map<Worker, Bucket> buckets = new LinkedHashMap<>();
    private final ArrayDeque<Cut> flushed = new ArrayDeque<>();
    private long read;
    private int chunks;

    public Chunker(Iterator<?> source, ChunkSizer sizer) {
        this(source, null, sizer, null, null);
    }

    /** A chunker that groups by the owner of each element's key. */
    public Chunker(Iterator<?> source, ChunkSizer sizer, FunctionEx<Object, ?> keyFn, Function<Object, Worker> ownerOf) {
        this(source, null, sizer, keyFn, ownerOf);
    }

    private Chunker(Iterator<?> source, List<?> slices, ChunkSizer sizer, FunctionEx<Object, ?> keyFn,
                    Function<Object, Worker> ownerOf) {
        this.source = source;
        this.slices = slices;
        this.sizer = sizer;
        this.keyFn = keyFn;
        this.ownerOf = ownerOf;
    }

    /**
     * A chunker of {@code inputs}: one that copies each cut in one step when the input is one of
     * the JDK's random-access lists, whose {@code get} and iterator agree; else one that reads the
     * input's iterator, element by element.
     */
    public static Chunker of(Iterable<?> inputs, ChunkSizer sizer) {
        if (inputs instanceof List<?> list && list instanceof RandomAccess
                && list.getClass().getName().startsWith("java.util.")) {
            return new Chunker(null, list, sizer, null, null);
        }
        return new Chunker(inputs.iterator(), sizer);
    }

    public ChunkSizer sizer() {
        return sizer;
    }

    /** Whether the input is a list in memory, which is read without blocking. */
    boolean inMemory() {
        return slices != null;
    }

    /** How many elements were read so far. */
    long read() {
        return read;
    }

    /** The sequence number of the next chunk made of this input's cuts, counting from 0. */
    int nextSeq() {
        return chunks++;
    }

    public Cut next() {
        return keyFn != null ? nextGroup() : slices != null ? nextSlice() : nextRun();
    }

    /** The next run of a random-access list, copied in one step. */
    private Cut nextSlice() {
        long first = read;
        int from = (int) first;
        int to = (int) Math.min((long) from + sizer.next(), slices.size());
        try {
            List<Object> elements = Arrays.asList(slices.subList(from, to).toArray());
            read = to;
            return new Cut(elements, first, null, null, to >= slices.size(), null, -1);
        } catch (RuntimeException e) {
            return new Cut(List.of(), first, null, null, true, e, first);
        }
    }

    private Cut nextRun() {
        int size = sizer.next();
        long first = read;
        List<Object> elements = new ArrayList<>(Math.min(size, 1024));
        try {
            while (elements.size() < size) {
                if (!source.hasNext()) {
                    return new Cut(elements, first, null, null, true, null, -1);
                }
                elements.add(source.next());
                read++;
            }
            return new Cut(elements, first, null, null, !source.hasNext(), null, -1);
        } catch (Throwable t) {
            return new Cut(elements, first, null, null, true, t, read);
        }
    }

    private Cut nextGroup() {
        if (!flushed.isEmpty()) {
            return flushed.poll();
        }
        int size = sizer.next();
        try {
            while (source.hasNext()) {
                Object element = source.next();
                Object key = keyFn.applyEx(element);
                if (key == null) {
                    throw new NullPointerException("the key of element " + read + " cannot be null");
                }
                Worker owner = ownerOf.apply(key);
                Bucket bucket = buckets.computeIfAbsent(owner, o -> new Bucket());
                bucket.add(element, read++);
                if (bucket.size() >= size) {
                    buckets.remove(owner);
                    return bucket.cut(owner, false, null, -1);
                }
            }
            flushAll(null);
        } catch (Throwable t) {
            flushAll(t);
        }
        return flushed.isEmpty() ? new Cut(List.of(), read, new long[0], null, true, null, -1) : flushed.poll();
    }

    /** Turns the partly filled buckets into the last cuts; the very last carries the end (or failure). */
    private void flushAll(Throwable failure) {
        List<Map.Entry<Worker, Bucket>> rest = new ArrayList<>(buckets.entrySet());
        buckets.clear();
        if (rest.isEmpty()) {
            flushed.add(new Cut(List.of(), read, new long[0], null, true, failure, failure == null ? -1 : read));
            return;
        }
        for (int i = 0; i < rest.size(); i++) {
            boolean last = i == rest.size() - 1;
            Map.Entry<Worker, Bucket> e = rest.get(i);
            flushed.add(e.getValue().cut(e.getKey(), last, last ? failure : null,
                    last && failure != null ? read : -1));
        }
    }

    private static final class Bucket {
        private final List<Object> elements = new ArrayList<>();
        private long[] indices = new long[16];

        void add(Object element, long index) {
            if (elements.size() == indices.length) {
                indices = java.util.Arrays.copyOf(indices, indices.length * 2);
            }
            indices[elements.size()] = index;
            elements.add(element);
        }

        int size() {
            return elements.size();
        }

        Cut cut(Worker owner, boolean end, Throwable failure, long failureIndex) {
            long[] exact = java.util.Arrays.copyOf(indices, elements.size());
            return new Cut(elements, exact[0], exact, owner, end, failure, failureIndex);
        }
    }
}
