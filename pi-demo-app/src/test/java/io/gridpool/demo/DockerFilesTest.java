package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/ checked by what runs without a Docker engine: the Compose file scales, joins by DNS and
 * drains, the Dockerfile layers the built jar for either builder, and local-cluster.sh gives its
 * JVMs the environment Compose gives the containers. docker/compose-test.sh runs them in Docker.
 */
class DockerFilesTest {

    private static final Path DOCKER = Path.of("..", "docker");

    @Test
    void memberService_scalable_drainsWithinTheGracePeriod() throws IOException {
        Map<String, Object> member = service("member");
        assertThat(member).doesNotContainKeys("container_name", "ports", "hostname");
        assertThat(member.get("command")).isEqualTo(List.of("--role=member"));
        assertThat(member.get("pull_policy")).isEqualTo("build");
        Map<String, Object> environment = map(member.get("environment"));
        long drain = Long.parseLong((String) environment.get("GRIDPOOL_DRAIN_SECONDS"));
        Duration grace = Duration.ofSeconds(Long.parseLong(((String) member.get("stop_grace_period")).replace("s", "")));
        assertThat(grace).isGreaterThanOrEqualTo(Duration.ofSeconds(drain + 10));
    }

    /**
     * A member list naming the service would be taken for each replica's own address (a grid of one
     * each): the members find each other through the service's DNS name, the driver connects by it.
     */
    @Test
    void membersJoinByTheServicesDnsName_driverConnectsByIt_gridSettingsShared() throws IOException {
        Map<String, Object> member = map(service("member").get("environment"));
        Map<String, Object> driver = map(service("driver").get("environment"));

        assertThat(member).containsEntry("GRIDPOOL_SERVICE_DNS", "member").doesNotContainKey("GRIDPOOL_MEMBERS");
        assertThat(driver).containsEntry("GRIDPOOL_MEMBERS", "member").doesNotContainKey("GRIDPOOL_SERVICE_DNS");
        assertThat(without(member, "GRIDPOOL_SERVICE_DNS")).isEqualTo(without(driver, "GRIDPOOL_MEMBERS"))
                .containsKeys("GRIDPOOL_CLUSTER_NAME", "GRIDPOOL_INTERFACE");
        assertThat(service("driver").get("command")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("--await-members=member");
        assertThat(service("driver").get("pull_policy")).isEqualTo("never");
    }

    @Test
    void interface_isTheSubnetOfTheComposeNetwork() throws IOException {
        String subnet = (String) map(((List<?>) map(map(map(compose().get("networks")).get("grid")).get("ipam"))
                .get("config")).get(0)).get("subnet");
        String pattern = (String) map(service("member").get("environment")).get("GRIDPOOL_INTERFACE");

        assertThat(subnet).endsWith(".0.0/16");
        assertThat(pattern).isEqualTo(subnet.replace(".0.0/16", ".*.*"));
    }

    /** Compose 1.29 rejects a top-level name; both tools take the rest of the Compose specification. */
    @Test
    void composeFile_forDockerComposeV2AndV1() throws IOException {
        assertThat(compose()).doesNotContainKeys("name", "version");
        assertThat(Files.readString(DOCKER.resolve(".env"))).containsPattern("(?m)^COMPOSE_PROJECT_NAME=pi-demo$");
        Map<String, Object> build = map(service("member").get("build"));
        assertThat(build).containsEntry("context", "..").containsEntry("dockerfile", "docker/Dockerfile");
        assertThat(map(build.get("args"))).containsEntry("JRE_IMAGE", "${JRE_IMAGE:-eclipse-temurin:17-jre}");
        assertThat(service("member").get("image")).isEqualTo("gridpool/pi-demo:${PI_DEMO_TAG:-latest}")
                .isEqualTo(service("driver").get("image"));
    }

    @Test
    void localCluster_setsWhatComposeSets() throws IOException {
        String script = Files.readString(DOCKER.resolve("local-cluster.sh"));
        Matcher block = Pattern.compile("(?s)grid_env=\\((.*?)\\n\\)").matcher(script);
        assertThat(block.find()).isTrue();
        List<String> scriptVariables = Pattern.compile("(GRIDPOOL_\\w+)=").matcher(block.group(1)).results()
                .map(result -> result.group(1)).toList();
        assertThat(scriptVariables).containsExactlyInAnyOrderElementsOf(
                map(service("driver").get("environment")).keySet());
    }

    /** The image is made of the jar the README's first command builds, on a JRE chosen by a build argument. */
    @Test
    void dockerfile_layersTheBuiltJar_onTheJreOfTheBuildArgument() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^ARG JRE_IMAGE=eclipse-temurin:17-jre$")
                .contains("COPY pi-demo-app/target/pi-demo-app-exec.jar ")
                .contains("-Djarmode=tools -jar pi-demo.jar extract --layers")
                .doesNotContainPattern("(?m)^(RUN|FROM) .*(mvn|maven)");
        assertThat(Pattern.compile("(?m)^FROM (\\S+)").matcher(dockerfile).results().map(r -> r.group(1)))
                .containsOnly("${JRE_IMAGE}").hasSize(2);
        List<String> layers = Pattern.compile("(?m)^COPY --from=layers (.*) \\./$").matcher(dockerfile)
                .results().map(r -> r.group(1)).toList();
        assertThat(layers).as("the released libraries first, what changes with the code last").containsExactly(
                "/build/extracted/dependencies/",
                "/build/extracted/snapshot-dependencies/ /build/extracted/application/");
        assertThat(Files.readString(Path.of("..", ".dockerignore")))
                .contains("\n*\n", "\n!pi-demo-app/target/pi-demo-app-exec.jar\n", "\n!config/\n");
    }

    /** The classic builder and BuildKit alike; SIGTERM reaches java, which drains a member. */
    @Test
    void dockerfile_forEitherBuilder_nonRoot_execForm() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertThat(dockerfile).doesNotContainPattern("(?m)^#\\s*syntax=")
                .doesNotContainPattern("(?m)^(RUN|COPY|ADD) .*--(mount|link|chmod|parents|exclude)")
                .doesNotContainPattern("(?m)^(RUN|COPY) .*<<");
        Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(dockerfile);
        assertThat(user.find()).isTrue();
        assertThat(user.group(1)).doesNotStartWith("root").doesNotStartWith("0:").isNotEqualTo("0");
        assertThat(dockerfile).containsPattern("(?m)^ENTRYPOINT \\[\"java\", .*\"-jar\", \"/app/pi-demo\\.jar\"\\]$");
    }

    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
    }

    private static Map<String, Object> service(String name) throws IOException {
        return map(map(compose().get("services")).get(name));
    }

    private static Map<String, Object> without(Map<String, Object> map, String key) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.remove(key);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }
}
