package io.gridpool.internal.worker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One call's chunks on a worker's {@link SlotQueue}: those waiting, first come first, and how many
 * run now. Guarded by the queue's lock.
 */
final class CallLine {

    final SlotQueue.CallKey key;
    final int priority;
    /** The chunks of the call that hold a slot now. */
    int running;
    /** The chunks of the call here: running or waiting. */
    int present;
    /** When the call last got a slot, in the queue's count of grants: the lowest was served longest ago. */
    long servedAt;
    private final ArrayDeque<Turn> waiting = new ArrayDeque<>();

    CallLine(SlotQueue.CallKey key, int priority) {
        this.key = key;
        this.priority = priority;
    }

    /** The chunk that waits longest, or {@code null} if none waits. */
    Turn head() {
        return waiting.peekFirst();
    }

    Turn takeHead() {
        return waiting.pollFirst();
    }

    /** A chunk that arrived waits behind the others of its call. */
    void waitLast(Turn turn) {
        waiting.addLast(turn);
    }

    /** A chunk that gave its slot up waits ahead of the others of its call, which came after it. */
    void waitFirst(Turn turn) {
        waiting.addFirst(turn);
    }

    boolean remove(Turn turn) {
        return waiting.remove(turn);
    }

    /** The last come of the waiting chunks that have not run yet, or {@code null}. */
    Turn newestNeverRun() {
        for (var it = waiting.descendingIterator(); it.hasNext(); ) {
            Turn turn = it.next();
            if (!turn.ranBefore()) {
                return turn;
            }
        }
        return null;
    }

    /** The waiting chunks that have not run at all yet. */
    List<Turn> neverRun() {
        List<Turn> fresh = new ArrayList<>();
        for (Turn turn : waiting) {
            if (!turn.ranBefore()) {
                fresh.add(turn);
            }
        }
        return fresh;
    }

    /** No chunk of the call is here any more. */
    boolean empty() {
        return present == 0;
    }
}
