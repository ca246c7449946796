package io.gridpool.spring;

/**
 * {@code gridpool.mode=grid} and no single {@code HazelcastInstance} to run the pool on. Its
 * message says which Hazelcast configuration is missing and what to do.
 */
class NoHazelcastException extends IllegalStateException {

    private final String description;
    private final String action;

    private NoHazelcastException(String description, String action) {
        super(description + " " + action);
        this.description = description;
        this.action = action;
    }

    /** Thrown when the application has {@code instances} HazelcastInstance beans, by name. */
    static NoHazelcastException of(String[] instances) {
        if (instances.length > 1) {
            return new NoHazelcastException("gridpool.mode=grid needs a single HazelcastInstance bean, but there are "
                    + instances.length + " (" + String.join(", ", instances) + ") and none is @Primary.",
                    "Mark the one the pool runs on @Primary, or define the application's own Pool bean.");
        }
        return new NoHazelcastException("gridpool.mode=grid needs a HazelcastInstance, but the application has no "
                + "Hazelcast configuration: no member config (hazelcast.yaml, .yml or .xml in the working directory "
                + "or on the classpath), no client config (hazelcast-client.yaml, .yml or .xml, likewise), no "
                + "spring.hazelcast.config naming either, and no Config, ClientConfig or HazelcastInstance bean.",
                "Add one of them, or set gridpool.mode to auto or local.");
    }

    String description() {
        return description;
    }

    String action() {
        return action;
    }
}
