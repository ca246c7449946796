package io.gridpool.demo;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The π demo: {@code java -jar pi-demo-app-exec.jar} estimates π on a grid and exits;
 * {@code --mode=serial|local} runs the story's earlier steps, {@code --serve} answers
 * {@code GET /api/pi} and shows the pool at work on the live page {@code /gridpool},
 * {@code --role=member} makes the jar a grid member. The {@link Pool} is
 * grid-pool-spring's: a {@code GridPool} on the {@link HazelcastInstance} defined here, or a
 * {@code LocalPool}. Spring Boot's own Hazelcast auto-configuration is left out, so that a
 * hazelcast.yaml that happens to lie in the working directory starts no second instance.
 */
@SpringBootApplication(exclude = HazelcastAutoConfiguration.class)
public class PiApplication {

    public static void main(String[] args) throws InterruptedException {
        PiOptions options;
        try {
            options = PiOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("pi-demo: " + e.getMessage() + " (see --help)");
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(PiOptions.usage());
        } else if (options.role() == PiOptions.Role.MEMBER) {
            MemberRole.run(options.memberArgs());
        } else if (options.serve()) {
            PiCommand.serve(options, System.out);
        } else {
            System.exit(PiCommand.runOnce(options, System.out, System.err, System.console() != null));
        }
    }

    /**
     * What serving turns on, unless the command line says otherwise: the live page, and the
     * gridpool endpoint exposed beside health on the server's port.
     */
    static final Map<String, Object> SERVING = Map.of("gridpool.dashboard.enabled", "true",
            "management.endpoints.web.exposure.include", "health,gridpool");

    /** Starts the application context for {@code options}: a web server only when serving. */
    static ConfigurableApplicationContext start(PiOptions options) {
        System.setProperty("hazelcast.logging.type", System.getProperty("hazelcast.logging.type", "slf4j"));
        SpringApplication application = new SpringApplication(PiApplication.class);
        application.setWebApplicationType(options.serve() ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        if (options.serve()) {
            application.setDefaultProperties(SERVING);
        }
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("piOptions", options));
        List<String> args = new ArrayList<>(options.springArgs());
        args.add("--gridpool.mode=" + (options.mode() == Mode.GRID ? "grid" : "local"));
        if (options.mode() == Mode.SERIAL) {
            args.add("--gridpool.local.threads=1"); // unused: serial runs on the calling thread
        }
        return application.run(args.toArray(String[]::new));
    }

    /** The grid of {@code --mode=grid}: a client of the members given, else a member of its own. */
    @Bean(destroyMethod = "shutdown")
    @ConditionalOnProperty(name = "gridpool.mode", havingValue = "grid")
    HazelcastInstance hazelcast(PiOptions options) {
        if (!options.client()) {
            Config config = GridConfigs.embedded(options);
            try {
                return Hazelcast.newHazelcastInstance(config);
            } catch (RuntimeException e) {
                throw new IllegalStateException("the embedded member of grid '" + config.getClusterName()
                        + "' could not start: " + e.getMessage(), e);
            }
        }
        ClientConfig config = GridConfigs.client(options);
        try {
            return HazelcastClient.newHazelcastClient(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to grid '" + config.getClusterName() + "' at "
                    + String.join(",", options.members()) + ": " + e.getMessage(), e);
        }
    }

    @Bean
    PiEstimator piEstimator(PiOptions options, ObjectProvider<Pool> pool, ObjectProvider<HazelcastInstance> grid) {
        return new PiEstimator(options.mode(), pool.getIfAvailable(), grid.getIfAvailable());
    }
}
