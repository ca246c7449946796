package io.gridpool.contract;

import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.gridpool.PoolBuilder;
import io.gridpool.PoolSnapshot;
import io.gridpool.contract.Cargo.HoldsThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.function.Consumer;

/** The contract on a {@code LocalPool} that hands objects to its threads as they are. */
class LocalPoolContractTest extends PoolContract {

    @Override
    public Pool newPool(Consumer<PoolBuilder<?>> options) {
        LocalPool.Builder builder = LocalPool.builder().threads(SLOTS);
        options.accept(builder);
        return builder.build();
    }

    @Override
    public boolean serializes() {
        return false;
    }

    @Override
    public boolean runsOnMembers() {
        return false;
    }

    @ParameterizedTest(name = "threads {0}")
    @ValueSource(ints = {0, -1})
    void poolSize_belowOne_illegalArgument(int threads) {
        assertThatThrownBy(() -> new LocalPool(threads))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> LocalPool.builder().threads(threads))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
    }

    @Test
    void poolSize_isTheNumberOfThreads() {
        try (Pool three = new LocalPool(3); Pool cores = new LocalPool()) {
            assertThat(three.parallelism()).isEqualTo(3);
            assertThat(cores.parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
        }
    }

    @Test
    void notSerializing_objectsReachTheFunctionAsTheyAre() {
        HoldsThread unserializable = new HoldsThread();
        Thread captured = new Thread(() -> { });

        List<Object> back = pool().map(x -> x, List.of(unserializable));
        String name = pool().apply(captured::getName);

        assertThat(back).singleElement().isSameAs(unserializable);
        assertThat(name).isEqualTo(captured.getName());
    }

    @Test
    void snapshot_keepsTheLastFinishedChunksOnly() {
        int chunks = PoolSnapshot.HISTORY + 500;
        assertThat(pool().map(Tasks::square, Inputs.range(chunks), 1)).hasSize(chunks);

        assertThat(pool().snapshot().chunks()).hasSize(PoolSnapshot.HISTORY);
    }
}
