package io.gridpool.internal.dispatch;

import io.gridpool.internal.wire.WorkerReport;
import io.gridpool.internal.worker.Worker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-worker windows of a pool and where the next chunk goes: its key's owner if it has one
 * that is there; otherwise the worker with the most free slots, rotating among equals, and never
 * one the chunk was sent to before while another worker has slots. Guarded by the dispatcher's lock.
 */
final class Windows {

    private final int perSlot;
    private final Map<Worker, MemberWindow> windows = new LinkedHashMap<>();
    private int rotation;

    Windows(int perSlot) {
        this.perSlot = perSlot;
    }

    /** The worker runs {@code slots} chunks at once and holds at most {@code holds}, running or waiting. */
    void resize(Worker worker, int slots, int holds) {
        windows.computeIfAbsent(worker, MemberWindow::new).resize(slots, perSlot, holds);
    }

    /** A worker left: its window goes; its chunks' answers find it gone. */
    void remove(Worker worker) {
        windows.remove(worker);
    }

    /** The worker refuses chunks (it is draining) until it says otherwise. */
    void close(MemberWindow window) {
        window.resize(0, perSlot, 0);
    }

    /** The worker slots now available: the parallelism of the pool. */
    int slots() {
        int slots = 0;
        for (MemberWindow window : windows.values()) {
            slots += window.slots();
        }
        return slots;
    }

    /** The chunks all windows hold when full. */
    int capacity() {
        int capacity = 0;
        for (MemberWindow window : windows.values()) {
            capacity += window.capacity();
        }
        return capacity;
    }

    /** The room left in all windows. */
    int free() {
        int free = 0;
        for (MemberWindow window : windows.values()) {
            free += Math.max(0, window.free());
        }
        return free;
    }

    /** The slots of all workers that run other pools' chunks, as last told. */
    int othersRunning() {
        int others = 0;
        for (MemberWindow window : windows.values()) {
            others += window.load().othersRunning();
        }
        return others;
    }

    /** The chunks of every pool that wait for the workers' slots, as last told. */
    int waitingThere() {
        int waiting = 0;
        for (MemberWindow window : windows.values()) {
            waiting += window.load().waiting();
        }
        return waiting;
    }

    /** The workers whose windows are shared on what they said more than {@code nanos} ago. */
    List<Worker> sharedOnOldNews(long nanos) {
        List<Worker> stale = new ArrayList<>();
        for (MemberWindow window : windows.values()) {
            if (window.sharedOnOldNews(nanos)) {
                stale.add(window.worker());
            }
        }
        return stale;
    }

    /** Notes what {@code worker} said of itself, unless it left meanwhile. */
    void loaded(Worker worker, WorkerReport report) {
        MemberWindow window = windows.get(worker);
        if (window != null) {
            window.loaded(report.load());
        }
    }

    /** The workers that take chunks now. */
    int workersWithSlots() {
        return (int) windows.values().stream().filter(w -> w.slots() > 0).count();
    }

    List<Worker> workers() {
        return List.copyOf(windows.keySet());
    }

    /** Every window, in the order the workers came. */
    List<MemberWindow> all() {
        return List.copyOf(windows.values());
    }

    /**
     * The window with the most idle slots, other than {@code except}'s, or {@code null} if no slot
     * idles: a slot that runs another pool's chunk is not idle.
     */
    MemberWindow idle(Worker except) {
        MemberWindow best = null;
        for (MemberWindow window : windows.values()) {
            if (window.worker() != except && window.idle() > 0 && (best == null || window.idle() > best.idle())) {
                best = window;
            }
        }
        return best;
    }

    /** The window the chunk goes to now, or {@code null} if none has room for it. */
    MemberWindow choose(Chunk chunk) {
        if (chunk.target() != null) {
            MemberWindow owner = windows.get(chunk.target());
            if (owner != null && owner.slots() > 0) {
                return owner.free() > 0 ? owner : null;
            }
            chunk.forgetTarget();
        }
        List<MemberWindow> all = new ArrayList<>(windows.values());
        // A chunk lost on a worker waits for another one while there is another: the worker it was
        // lost on may be dead but not yet gone from the membership, and every send there would be
        // one more of the chunk's attempts spent.
        boolean elsewhere = all.stream().anyMatch(w -> w.slots() > 0 && !chunk.triedOn(w.worker()));
        int n = all.size();
        MemberWindow best = null;
        for (int k = 0; k < n; k++) {
            MemberWindow window = all.get((rotation + k) % n);
            if (window.free() <= 0 || (elsewhere && chunk.triedOn(window.worker()))) {
                continue;
            }
            if (best == null || window.free() > best.free()) {
                best = window;
            }
        }
        rotation++;
        return best;
    }
}
