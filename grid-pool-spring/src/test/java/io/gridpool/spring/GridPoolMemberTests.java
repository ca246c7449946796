package io.gridpool.spring;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.gridpool.PoolListener;
import io.gridpool.PoolState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The auto-configured pool of an application whose HazelcastInstance is an embedded member: a GridPool. */
class GridPoolMemberTests {

    private final ApplicationContextRunner withoutMember = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HazelcastAutoConfiguration.class, GridPoolAutoConfiguration.class));

    private final ApplicationContextRunner runner = withoutMember.withUserConfiguration(TestHazelcast.MemberApplication.class);

    @Test
    void member_gridPool() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(GridPool.class).hasBean("gridPool");
            Pool pool = context.getBean(Pool.class);
            assertThat(pool.parallelism()).isEqualTo(TestHazelcast.SLOTS);
            assertThat(pool.map(x -> x + 1, List.of(1, 2, 3))).containsExactly(2, 3, 4);
        });
    }

    @Test
    void executorName_bound() {
        Config config = TestHazelcast.member();
        config.getExecutorConfig("work").setPoolSize(3);
        withoutMember.withBean(Config.class, () -> config).withPropertyValues("gridpool.executor-name=work")
                .run(context -> assertThat(context.getBean(Pool.class).parallelism()).isEqualTo(3));
    }

    @Test
    void localMode_localPoolBesideTheMember() {
        runner.withPropertyValues("gridpool.mode=local").run(context -> {
            assertThat(context).hasSingleBean(HazelcastInstance.class).hasSingleBean(LocalPool.class);
            assertThat(context).doesNotHaveBean(GridPool.class);
        });
    }

    @Test
    void customizer_applied() {
        AtomicInteger submitted = new AtomicInteger();
        runner.withBean(GridPoolBuilderCustomizer.class, () -> builder -> builder.addListener(new PoolListener() {
            @Override
            public void chunkSubmitted(String worker) {
                submitted.incrementAndGet();
            }
        })).run(context -> {
            context.getBean(Pool.class).map(x -> x, IntStream.range(0, 30).boxed().toList(), 10);
            assertThat(submitted).hasValue(3);
        });
    }

    @Test
    void contextClose_duringCall_poolClosedFirstAndNothingLogged() {
        runner.run(context -> {
            GridPool pool = context.getBean(GridPool.class);
            Gate.reset();
            CompletableFuture<List<Integer>> call = pool.mapAsync(Gate::pass, List.of(1, 2, 3, 4), 1);
            Gate.awaitEntered();
            try (LogRecorder log = new LogRecorder()) {
                CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
                await().atMost(Gate.WAIT).until(() -> pool.stats().state() == PoolState.CLOSED);
                assertThat(context.getBean(HazelcastInstance.class).getLifecycleService().isRunning()).isTrue();
                Gate.open();
                assertThat(call).succeedsWithin(Gate.WAIT).isEqualTo(List.of(1, 2, 3, 4));
                assertThat(closing).succeedsWithin(Gate.WAIT);
                assertThat(log.warnings()).isEmpty();
            }
        });
    }

    @Test
    void memberConfigFile_gridPool_hazelcastShutdownLeftToTheContext(@TempDir Path dir) throws IOException {
        withoutMember.withPropertyValues("spring.hazelcast.config=" + TestHazelcast.memberConfig(dir)).run(context -> {
            assertThat(context).hasSingleBean(GridPool.class);
            assertThat(context.getBean(Pool.class).parallelism()).isEqualTo(TestHazelcast.SLOTS);
            assertThat(context.getBean(HazelcastInstance.class).getConfig()
                    .getProperty(HazelcastShutdownConfiguration.SHUTDOWN_HOOK)).isEqualTo("false");
        });
    }
}
