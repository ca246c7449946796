package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line: defaults, the forms of counts, the environment, and one-line refusals. */
class PiOptionsTest {

    private static PiOptions parse(String... args) {
        return PiOptions.parse(args, Map.of());
    }

    @Test
    void defaults_gridDriverOfOneBillion() {
        PiOptions options = parse();
        assertThat(options.role()).isEqualTo(PiOptions.Role.DRIVER);
        assertThat(options.mode()).isEqualTo(Mode.GRID);
        assertThat(options.samples()).isEqualTo(1_000_000_000L);
        assertThat(options.batch()).isEqualTo(100_000L);
        assertThat(options.client()).isFalse();
        assertThat(options.serve()).isFalse();
    }

    @Test
    void samples_exponentAndUnderscores_bothForms() {
        assertThat(parse("--samples=1e9").samples()).isEqualTo(1_000_000_000L);
        assertThat(parse("--samples", "10_000_000_000").samples()).isEqualTo(10_000_000_000L);
    }

    @Test
    void modeBatchSeed_read() {
        PiOptions options = parse("--mode=local", "--batch=1e6", "--seed", "-3");
        assertThat(options.mode()).isEqualTo(Mode.LOCAL);
        assertThat(options.job()).isEqualTo(new PiJob(1_000_000_000L, 1_000_000, -3));
    }

    @Test
    void seed_absent_randomPerRun() {
        assertThat(parse().seed()).isNotEqualTo(parse().seed());
    }

    @Test
    void badValues_oneLineReasons() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--samples=-1"))
                .withMessage("samples must be at least 1, was '-1'");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--samples=lots"))
                .withMessageStartingWith("samples must be a whole number such as");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--samples=1e20"))
                .withMessage("samples must be at most 1e15, was '1e20'");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--batch=0"))
                .withMessage("batch must be at least 1, was '0'");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--mode=cloud"))
                .withMessage("--mode must be serial, local or grid, was 'cloud'");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--role=boss"))
                .withMessage("--role must be driver or member, was 'boss'");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--sample=1e9"))
                .withMessage("unknown option --sample");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--samples"))
                .withMessage("--samples needs a value, such as --samples=VALUE");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("1e9"))
                .withMessage("unexpected argument '1e9'; options start with --");
    }

    @Test
    void memberRole_otherArgumentsForGridMember() {
        PiOptions options = parse("--role", "member", "--slots", "2", "--cluster-name=pi");
        assertThat(options.role()).isEqualTo(PiOptions.Role.MEMBER);
        assertThat(options.memberArgs()).containsExactly("--slots", "2", "--cluster-name=pi");
    }

    @Test
    void environment_clientOfTheMembers_optionsWin() {
        Path clientConfig = Path.of("../config/hazelcast-client.yaml");
        Map<String, String> env = Map.of("GRIDPOOL_MEMBERS", "member", "GRIDPOOL_CLUSTER_NAME", "pi",
                "GRIDPOOL_CLIENT_CONFIG", clientConfig.toString());
        PiOptions options = PiOptions.parse(new String[] {"--cluster-name=other"}, env);
        assertThat(options.client()).isTrue();
        assertThat(options.members()).containsExactly("member");
        assertThat(options.clusterName()).isEqualTo("other");
        assertThat(options.clientConfig()).isEqualTo(clientConfig);
    }

    @Test
    void clientConfig_unreadable_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--client-config=/nonexistent.yaml"))
                .withMessage("--client-config must name a readable Hazelcast client config file, was '/nonexistent.yaml'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PiOptions.parse(new String[0], Map.of("GRIDPOOL_CLIENT_CONFIG", "/nonexistent.yaml")))
                .withMessageStartingWith("GRIDPOOL_CLIENT_CONFIG must name a readable");
    }

    @Test
    void springProperties_passThrough() {
        assertThat(parse("--server.port=0", "--gridpool.chunk-size=50", "--serve").springArgs())
                .containsExactly("--server.port=0", "--gridpool.chunk-size=50");
    }

    @Test
    void gridpoolMode_refused_modeSetsIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--gridpool.mode=local"))
                .withMessage("--gridpool.mode is set by --mode");
    }

    @Test
    void awaitMembers_withoutMembers_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--await-members=3"))
                .withMessageStartingWith("--await-members waits for the members of a grid");
        assertThat(parse("--members=127.0.0.1:5701", "--await-members=3").awaitMembers()).isEqualTo("3");
    }

    @Test
    void members_emptyEntry_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--members=a,,b"))
                .withMessage("--members must be a comma-separated list of HOST[:PORT] without empty entries, was 'a,,b'");
        assertThat(parse("--members= a:5701 , b ").members()).isEqualTo(List.of("a:5701", "b"));
    }
}
