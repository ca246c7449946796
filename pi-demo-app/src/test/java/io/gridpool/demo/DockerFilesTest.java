package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/ checked by what runs without a Docker engine: the Compose file scales and drains, and
 * local-cluster.sh gives its JVMs the environment Compose gives the containers.
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
        assertThat(environment).containsEntry("GRIDPOOL_MEMBERS", "member");
        long drain = Long.parseLong((String) environment.get("GRIDPOOL_DRAIN_SECONDS"));
        Duration grace = Duration.ofSeconds(Long.parseLong(((String) member.get("stop_grace_period")).replace("s", "")));
        assertThat(grace).isGreaterThanOrEqualTo(Duration.ofSeconds(drain + 10));
    }

    @Test
    void driverService_waitsForEveryReplica_sameEnvironment() throws IOException {
        Map<String, Object> driver = service("driver");
        assertThat(driver.get("command")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("--await-members=member");
        assertThat(driver.get("environment")).isEqualTo(service("member").get("environment"));
        assertThat(driver.get("pull_policy")).isEqualTo("never");
    }

    @Test
    void localCluster_setsWhatComposeSets() throws IOException {
        String script = Files.readString(DOCKER.resolve("local-cluster.sh"));
        Matcher block = Pattern.compile("(?s)grid_env=\\((.*?)\\n\\)").matcher(script);
        assertThat(block.find()).isTrue();
        List<String> scriptVariables = Pattern.compile("(GRIDPOOL_\\w+)=").matcher(block.group(1)).results()
                .map(result -> result.group(1)).toList();
        assertThat(scriptVariables).containsExactlyInAnyOrderElementsOf(map(service("member").get("environment")).keySet());
    }

    @Test
    void dockerfile_runsTheExecJar_asPidOne() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertThat(dockerfile).contains("/src/pi-demo-app/target/pi-demo-app-exec.jar")
                .contains("ENTRYPOINT [\"java\"")
                .containsPattern("(?m)^USER \\w+");
        assertThat(Pattern.compile("(?m)^FROM (\\S+)").matcher(dockerfile).results().map(r -> r.group(1)))
                .as("base images named without a registry host").hasSize(2)
                .allMatch(image -> !image.contains("/") || !image.substring(0, image.indexOf('/')).contains("."));
    }

    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        return map(map(compose.get("services")).get(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }
}
