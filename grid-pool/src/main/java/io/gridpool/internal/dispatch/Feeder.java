package io.gridpool.internal.dispatch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which call reads its input next: the calls that may read more wait in line, and a call is read
 * by one thread at a time, only while a slot is free for the chunk it will cut. Guarded by the
 * dispatcher's lock.
 */
final class Feeder {

    private final ArrayDeque<Job> hungry = new ArrayDeque<>();
    private final Set<Job> queued = new HashSet<>();
    private final Set<Job> feeding = new HashSet<>();

    /** Puts the call in line if it may read more now and is neither in line nor being read. */
    void offer(Job job, int ahead) {
        if (!queued.contains(job) && !feeding.contains(job) && job.wantsInput(ahead)) {
            queued.add(job);
            hungry.add(job);
        }
    }

    /**
     * Lets the thread that just read the call go on reading it, if a slot is free for its next chunk
     * ({@code room} counts them) and no other call waits in line.
     */
    boolean claim(Job job, int room, int ahead) {
        if (room - feeding.size() <= 0 || !hungry.isEmpty() || feeding.contains(job) || !job.wantsInput(ahead)) {
            return false;
        }
        feeding.add(job);
        return true;
    }

    /** Takes calls from the line, one per free slot ({@code room}), to be read by threads of their own. */
    List<Job> starts(int room, int ahead) {
        List<Job> starts = new ArrayList<>();
        room -= feeding.size();
        while (room > 0 && !hungry.isEmpty()) {
            Job job = hungry.poll();
            queued.remove(job);
            if (job.wantsInput(ahead)) {
                feeding.add(job);
                starts.add(job);
                room--;
            }
        }
        return starts;
    }

    /** A thread stopped reading the call. */
    void done(Job job) {
        feeding.remove(job);
    }

    /** Whether a thread is reading this call's input. */
    boolean feeding(Job job) {
        return feeding.contains(job);
    }

    /** Whether a call waits in line for a free slot to read its input. */
    boolean waiting() {
        return !hungry.isEmpty();
    }

    /** Whether a thread is reading some call's input. */
    boolean busy() {
        return !feeding.isEmpty();
    }

    /** Forgets every call in line. */
    void clear() {
        hungry.clear();
        queued.clear();
    }
}
