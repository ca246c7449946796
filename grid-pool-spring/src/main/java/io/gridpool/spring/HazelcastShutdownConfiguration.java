package io.gridpool.spring;

import org.springframework.boot.hazelcast.autoconfigure.HazelcastConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Leaves stopping a member that Spring Boot built from a config file to the context, which closes
 * the pool first. Hazelcast's own JVM shutdown hook would run at the same time as the context's
 * and stop the member under the pool's running calls; it stays on when the member's config or a
 * system property sets it.
 */
@Configuration(proxyBeanMethods = false)
class HazelcastShutdownConfiguration {

    static final String SHUTDOWN_HOOK = "hazelcast.shutdownhook.enabled";

    @Bean
    HazelcastConfigCustomizer gridPoolHazelcastConfigCustomizer() {
        return config -> {
            if (config.getProperty(SHUTDOWN_HOOK) == null && System.getProperty(SHUTDOWN_HOOK) == null) {
                config.setProperty(SHUTDOWN_HOOK, "false");
            }
        };
    }
}
