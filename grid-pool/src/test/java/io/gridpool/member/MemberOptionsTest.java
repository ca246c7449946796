package io.gridpool.member;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How GridMember reads its options from the command line and the environment. */
class MemberOptionsTest {

    private static MemberOptions parse(Map<String, String> environment, String... args) {
        return MemberOptions.of(CommandLine.read(args, environment).values());
    }

    private static MemberOptions parse(String... args) {
        return parse(Map.of(), args);
    }

    @Test
    void noOptions_leaveEverythingToTheConfigFile() {
        assertThat(parse()).isEqualTo(new MemberOptions(null, null, null, List.of(), null, List.of(), List.of(), null,
                MemberOptions.DEFAULT_DRAIN));
    }

    @Test
    void everyOption_isRead() {
        MemberOptions options = parse("--config", "m.yaml", "--cluster-name", "pi", "--port", "5801",
                "--members", "10.0.0.1, 10.0.0.2:5801", "--interface", "10.0.*.*", "--allow", "com.acme",
                "--slots", "3", "--drain-seconds", "5");

        assertThat(options).isEqualTo(new MemberOptions(Path.of("m.yaml"), "pi", 5801,
                List.of("10.0.0.1", "10.0.0.2:5801"), null, List.of("10.0.*.*"), List.of("com.acme"), 3,
                Duration.ofSeconds(5)));
    }

    @Test
    void option_withEqualsSign() {
        assertThat(parse("--port=5801", "--cluster-name=a=b").port()).isEqualTo(5801);
        assertThat(parse("--cluster-name=a=b").clusterName()).isEqualTo("a=b");
    }

    @Test
    void environment_isReadWhenTheOptionIsAbsent() {
        Map<String, String> env = Map.of("GRIDPOOL_CLUSTER_NAME", "from-env", "GRIDPOOL_PORT", "5901",
                "GRIDPOOL_ALLOW", "com.acme,org.example.Money");

        MemberOptions options = parse(env, "--port", "5801");

        assertThat(options.clusterName()).isEqualTo("from-env");
        assertThat(options.port()).as("the option wins").isEqualTo(5801);
        assertThat(options.allowed()).containsExactly("com.acme", "org.example.Money");
    }

    @Test
    void allow_repeated_addsUp() {
        assertThat(parse("--allow", "com.acme", "--allow", "org.example.,net.x.Y").allowed())
                .containsExactly("com.acme", "org.example.", "net.x.Y");
    }

    @Test
    void help_isNoticedAmongOtherOptions() {
        assertThat(CommandLine.read(new String[] {"--port", "1", "-h"}, Map.of()).help()).isTrue();
    }

    @Test
    void unknownOption() {
        assertThatThrownBy(() -> parse("--prot", "5701")).isInstanceOf(StartupError.class)
                .hasMessage("unknown option --prot (see --help)");
    }

    @Test
    void argumentThatIsNoOption() {
        assertThatThrownBy(() -> parse("5701")).hasMessageContaining("unexpected argument '5701'");
    }

    @Test
    void option_withoutValue() {
        assertThatThrownBy(() -> parse("--port")).hasMessageContaining("--port needs a value: --port PORT");
        assertThatThrownBy(() -> parse("--port", "--slots", "2")).hasMessageContaining("--port needs a value");
    }

    @Test
    void option_givenTwice() {
        assertThatThrownBy(() -> parse("--port", "1", "--port", "2")).hasMessageContaining("--port was given twice");
    }

    @Test
    void port_outOfRange_orNotANumber() {
        assertThatThrownBy(() -> parse("--port", "0")).hasMessageContaining(
                "--port/GRIDPOOL_PORT must be a whole number from 1 to 65535, was '0'");
        assertThatThrownBy(() -> parse(Map.of("GRIDPOOL_PORT", "http"))).hasMessageContaining("was 'http'");
    }

    @Test
    void slots_zero() {
        assertThatThrownBy(() -> parse("--slots", "0")).hasMessageContaining("--slots/GRIDPOOL_SLOTS must be");
    }

    @Test
    void members_withEmptyEntry() {
        assertThatThrownBy(() -> parse("--members", "10.0.0.1,,10.0.0.2"))
                .hasMessageContaining("comma-separated list without empty entries");
    }

    @Test
    void serviceDns_fromTheOptionOrTheEnvironment() {
        assertThat(parse("--service-dns", "member").serviceDns()).isEqualTo("member");
        assertThat(parse(Map.of("GRIDPOOL_SERVICE_DNS", "pi.default.svc.cluster.local")).serviceDns())
                .isEqualTo("pi.default.svc.cluster.local");
        assertThat(parse("--service-dns", "pi_member").serviceDns()).isEqualTo("pi_member");
    }

    @Test
    void serviceDns_withMembers_isRefused() {
        assertThatThrownBy(() -> parse(Map.of("GRIDPOOL_SERVICE_DNS", "member"), "--members", "10.0.0.1"))
                .isInstanceOf(StartupError.class)
                .hasMessage("--members/GRIDPOOL_MEMBERS and --service-dns/GRIDPOOL_SERVICE_DNS are two ways to find "
                        + "the members: give one of them (see --help)");
    }

    @Test
    void serviceDns_notOneName() {
        for (String bad : List.of("member:5701", "a,b", "-member", "mem ber", "10.0.*.*")) {
            assertThatThrownBy(() -> parse("--service-dns", bad)).as(bad)
                    .hasMessageContaining("--service-dns/GRIDPOOL_SERVICE_DNS takes one DNS name")
                    .hasMessageContaining("was '" + bad + "'");
        }
    }

    @Test
    void allow_wildcard() {
        assertThatThrownBy(() -> parse("--allow", "com.acme.*")).hasMessageContaining("(no wildcards)");
    }

    @Test
    void clusterName_blank() {
        assertThatThrownBy(() -> parse("--cluster-name", " ")).hasMessageContaining("cannot be blank");
    }

    @Test
    void usageErrors_exitWithTwo() {
        assertThatThrownBy(() -> parse("--nope", "x")).isInstanceOfSatisfying(StartupError.class,
                e -> assertThat(e.exitStatus()).isEqualTo(StartupError.USAGE));
    }
}
