package io.gridpool.internal;

import com.hazelcast.function.FunctionEx;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.Condition;

/**
 * A call whose caller takes the results one by one ({@code imap}, {@code imapUnordered}). It
 * reads its input only while the chunks cut and not yet consumed stay within the dispatcher's
 * bound, so memory does not grow with the input. The subclasses decide the order.
 */
abstract class IteratorCall extends Call implements Iterator<Object> {

    private final Condition changed;
    private List<Object> current = List.of();
    private int position;
    Throwable failure;
    private boolean failureThrown;
    RuntimeException cancelled;
    private boolean closedUnread;
    int consumedChunks;

    IteratorCall(Dispatcher dispatcher, long id, FunctionEx<Object, Object> fn, byte[] fnBytes, Chunker chunker) {
        super(dispatcher, id, fn, fnBytes, chunker);
        this.changed = dispatcher.lock.newCondition();
    }

    /** The results of the next chunk to hand out, or {@code null} if it is not there yet. */
    abstract List<Object> takeChunk();

    /** Whether the failure is the next thing to hand out. */
    abstract boolean failureDue();

    /** Whether every result has been handed out and the input is done. */
    abstract boolean exhausted();

    /** Whether a result is waiting to be taken. */
    abstract boolean buffered();

    @Override
    boolean hasRoom() {
        return cutChunks - consumedChunks < dispatcher.aheadLimit();
    }

    @Override
    boolean eager() {
        return false;
    }

    @Override
    void onCancel(RuntimeException why) {
        if (cancelled == null) {
            cancelled = why;
            dispatcher.cancelChunks(this);
        }
        stop();
        signal();
    }

    @Override
    void endOfInput() {
        super.endOfInput();
        // an input that ends without a chunk (an empty one) brings no result to wake the consumer
        signal();
    }

    @Override
    void onPoolClosed() {
        if (!inputDone) {
            closedUnread = true;
        }
        stop();
        signal();
    }

    void signal() {
        changed.signalAll();
    }

    @Override
    public boolean hasNext() {
        boolean consumed = false;
        dispatcher.lock.lock();
        try {
            while (true) {
                if (position < current.size()) {
                    return true;
                }
                if (failureThrown) {
                    return false;
                }
                if (cancelled != null) {
                    throw cancelled;
                }
                List<Object> next = takeChunk();
                if (next != null) {
                    current = next;
                    position = 0;
                    consumedChunks++;
                    consumed = true;
                    dispatcher.offer(this);
                    continue;
                }
                if (failureDue() || unreadAfterClose()) {
                    return true;
                }
                if (exhausted()) {
                    return false;
                }
                awaitChange();
            }
        } finally {
            dispatcher.lock.unlock();
            if (consumed) {
                dispatcher.pump();
            }
        }
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        dispatcher.lock.lock();
        try {
            if (position < current.size()) {
                return deliver(current.get(position++));
            }
            if (failureDue()) {
                failureThrown = true;
                throw Exceptions.sneaky(failure);
            }
            failureThrown = true;
            throw new IllegalStateException("the pool was closed before this iterator read all of its input; "
                    + "the results of the chunks already sent were delivered");
        } finally {
            dispatcher.lock.unlock();
        }
    }

    /** Hook for the ordered iterator, which counts the elements handed out. */
    Object deliver(Object value) {
        return value;
    }

    private boolean unreadAfterClose() {
        return closedUnread && outstanding == 0 && !buffered();
    }

    private void awaitChange() {
        try {
            changed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException ce = new CancellationException("interrupted while waiting for the next result");
            ce.initCause(e);
            onCancel(ce);
            throw ce;
        }
    }
}
