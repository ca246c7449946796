package io.gridpool.contract;

import io.gridpool.PoolTaskException;
import io.gridpool.contract.Cargo.UnserializableError;
import io.gridpool.contract.Tasks.TaskError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static io.gridpool.contract.Inputs.range;
import static io.gridpool.contract.Inputs.squares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A function that throws: the call fails with a {@link PoolTaskException} that says where, whose
 * cause is the original exception with the worker's stack trace (CPython's test_traceback,
 * test_wrapped_exception, test_map_no_failfast).
 */
interface TaskFailureContract extends PoolUnderTest {

    @Test
    default void map_functionThrows_poolTaskExceptionSaysTheIndexAndTheMember() {
        PoolTaskException e = Thrown.poolTaskException(() -> pool().map(Tasks::failAt37, range(100), 10));

        assertThat(e.index()).isEqualTo(37);
        assertThat(e.getMessage()).containsPattern("\\b37\\b").contains("thirty-seven is not welcome");
        assertThat(e.getCause()).isInstanceOf(TaskError.class).hasMessage("thirty-seven is not welcome");
        if (runsOnMembers()) {
            assertThat(e.member()).isNotBlank();
            assertThat(e.getMessage()).contains(e.member());
        } else {
            assertThat(e.member()).isNull();
        }
        assertThat(pool().map(Tasks::square, range(100), 10)).isEqualTo(squares(100));
    }

    @Test
    default void map_functionThrowsACheckedException_itIsTheCause() {
        PoolTaskException e = Thrown.poolTaskException(() -> pool().map(x -> {
            if (x == 2) {
                throw new IOException("disk full");
            }
            return x;
        }, range(5)));

        assertThat(e.index()).isEqualTo(2);
        assertThat(e.getCause()).isExactlyInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    default void remoteStackTrace_holdsTheFunctionsOwnFrame() {
        PoolTaskException method = Thrown.poolTaskException(() -> pool().apply(Tasks::failAt37, 37));
        PoolTaskException lambda = Thrown.poolTaskException(() -> pool().apply(() -> {
            throw new TaskError("from a lambda");
        }));

        assertThat(method.getCause().getStackTrace())
                .anySatisfy(frame -> {
                    assertThat(frame.getClassName()).isEqualTo(Tasks.class.getName());
                    assertThat(frame.getMethodName()).isEqualTo("failAt37");
                });
        assertThat(lambda.getCause().getStackTrace())
                .anySatisfy(frame -> {
                    assertThat(frame.getClassName()).isEqualTo(TaskFailureContract.class.getName());
                    assertThat(frame.getMethodName()).startsWith("lambda$remoteStackTrace_holdsTheFunctionsOwnFrame");
                });
    }

    @Test
    default void functionThrowsAnExceptionThatCannotTravel_itsClassMessageAndTraceStillDo() {
        PoolTaskException e = Thrown.poolTaskException(() -> pool().apply(() -> {
            throw new UnserializableError("holds a thread");
        }));

        assertThat(e.getMessage()).contains(UnserializableError.class.getName()).contains("holds a thread");
        assertThat(e.getCause().toString()).contains(UnserializableError.class.getName()).contains("holds a thread");
        assertThat(e.getCause().getStackTrace()).anySatisfy(frame -> assertThat(frame.getMethodName())
                .startsWith("lambda$functionThrowsAnExceptionThatCannotTravel"));
    }

    @Test
    default void map_failsFast_noNewChunkAfterTheFailure_andCloseStillReturns() {
        AtomicLong read = new AtomicLong();
        Iterable<Integer> inputs = () -> range(10_000).stream().peek(x -> read.incrementAndGet()).iterator();

        PoolTaskException e = Thrown.poolTaskException(() -> pool().map(x -> {
            if (x == 0) {
                throw new TaskError("the first element fails");
            }
            Thread.sleep(20);
            return x;
        }, inputs, 1));
        assertTimeoutPreemptively(WAIT, pool()::close);

        assertThat(e.index()).isZero();
        assertThat(read.get()).as("elements read of 10 000").isLessThan(500);
    }

    @Test
    default void map_failureOfOneCallLeavesTheOthersAlone() throws Exception {
        CompletableFuture<List<Integer>> doomed = pool().mapAsync(Tasks.failingAt(50), range(100), 5);
        CompletableFuture<List<Integer>> fine = pool().mapAsync(Tasks::square, range(100), 5);

        assertThat(fine.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(squares(100));
        assertThat(doomed).failsWithin(WAIT).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(PoolTaskException.class);
    }
}
