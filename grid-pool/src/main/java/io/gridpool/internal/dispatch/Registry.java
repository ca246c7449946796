package io.gridpool.internal.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The calls of a pool that are not over, with when each began, for close, terminate and the
 * starvation watch. Iterator calls are held weakly: one whose consumer stopped early and dropped
 * it would otherwise keep its buffered results until the pool closes; while its consumer waits on
 * it, or chunks of it are out, it is strongly reachable anyway. Guarded by the dispatcher's lock.
 */
final class Registry {

    private final Map<Job, Long> eager = new LinkedHashMap<>();
    private final Map<Job, Long> lazy = new WeakHashMap<>();
    private long nextId;

    long newId() {
        return nextId++;
    }

    void add(Job job) {
        (job.closeWaits() ? eager : lazy).put(job, System.nanoTime());
    }

    void remove(Job job) {
        (job.closeWaits() ? eager : lazy).remove(job);
    }

    /** Forgets every call: the pool was terminated, and ends them all. */
    void clear() {
        eager.clear();
        lazy.clear();
    }

    /** Every call not over. */
    List<Job> all() {
        List<Job> all = new ArrayList<>(eager.keySet());
        all.addAll(lazy.keySet());
        return all;
    }

    /** When the call began, in {@link System#nanoTime()}, or {@code null} if it is over. */
    Long since(Job job) {
        return (job.closeWaits() ? eager : lazy).get(job);
    }

    int size() {
        return eager.size() + lazy.size();
    }

    /** Whether every call that close() waits for has its outcome. */
    boolean outcomesSet() {
        for (Job job : eager.keySet()) {
            if (!job.outcomeSet()) {
                return false;
            }
        }
        return true;
    }
}
