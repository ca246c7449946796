package io.gridpool.spring;

import io.gridpool.PoolDefaults;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The options of the auto-configured pool, under {@code gridpool}. Their defaults are the
 * builders' own ({@link PoolDefaults}); a value a builder refuses fails the start-up with the
 * property's name.
 */
@ConfigurationProperties("gridpool")
public class GridPoolProperties {

    /** Where the pool's workers are: the cluster's members when there is a HazelcastInstance, else this JVM's threads (auto), always the members (grid), or always this JVM (local). */
    private Mode mode = Mode.AUTO;

    /** Name of the members' executor that carries the chunks to the members' slots. */
    private String executorName = PoolDefaults.EXECUTOR_NAME;

    /** Number of elements per chunk for the calls that give none; automatic when unset. */
    private Integer chunkSize;

    /** Number of chunks in flight per worker slot. */
    private int inFlightPerSlot = PoolDefaults.IN_FLIGHT_PER_SLOT;

    /** Number of times a chunk is sent before its call gives up because every member that ran it was lost. */
    private int maxAttempts = PoolDefaults.MAX_ATTEMPTS;

    /** How long a call waits when no member can take chunks before it fails. */
    private Duration memberWait = PoolDefaults.MEMBER_WAIT;

    /** Whether a straggling chunk at the tail of a call is copied to an idle worker, the first result winning; a copied chunk may run twice, so turn it off for functions with side effects that are not idempotent. */
    private boolean speculation = PoolDefaults.SPECULATION;

    /** The longest an element may run before it is interrupted and fails its call with a TimeoutException; no limit when unset. */
    private Duration taskTimeout = PoolDefaults.TASK_TIMEOUT;

    /** Priority of the pool's chunks on the members it shares with other pools and drivers, from -100 to 100; higher runs first. */
    private int priority = PoolDefaults.PRIORITY;

    private final Local local = new Local();

    private final Dashboard dashboard = new Dashboard();

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public String getExecutorName() {
        return executorName;
    }

    public void setExecutorName(String executorName) {
        this.executorName = executorName;
    }

    public Integer getChunkSize() {
        return chunkSize;
    }

    public void setChunkSize(Integer chunkSize) {
        this.chunkSize = chunkSize;
    }

    public int getInFlightPerSlot() {
        return inFlightPerSlot;
    }

    public void setInFlightPerSlot(int inFlightPerSlot) {
        this.inFlightPerSlot = inFlightPerSlot;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getMemberWait() {
        return memberWait;
    }

    public void setMemberWait(Duration memberWait) {
        this.memberWait = memberWait;
    }

    public boolean isSpeculation() {
        return speculation;
    }

    public void setSpeculation(boolean speculation) {
        this.speculation = speculation;
    }

    public Duration getTaskTimeout() {
        return taskTimeout;
    }

    public void setTaskTimeout(Duration taskTimeout) {
        this.taskTimeout = taskTimeout;
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public Local getLocal() {
        return local;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    /** Where the pool's workers are. */
    public enum Mode {

        /** On the cluster's members when the application has a HazelcastInstance, else on this JVM's threads. */
        AUTO,

        /** On the cluster's members; the start-up fails without a HazelcastInstance. */
        GRID,

        /** On this JVM's threads, even when the application has a HazelcastInstance. */
        LOCAL
    }

    /** Options of a local pool. */
    public static class Local {

        /** Number of threads of a local pool; one per core when unset. */
        private Integer threads;

        /** Whether a local pool passes chunks, results and functions through Hazelcast's serialization, as a grid does, so that what cannot travel fails locally too. */
        private boolean serializing = PoolDefaults.SERIALIZING;

        public Integer getThreads() {
            return threads;
        }

        public void setThreads(Integer threads) {
            this.threads = threads;
        }

        public boolean isSerializing() {
            return serializing;
        }

        public void setSerializing(boolean serializing) {
            this.serializing = serializing;
        }
    }

    /** Options of the live page of a servlet web application. */
    public static class Dashboard {

        /** Whether a servlet web application serves the pool's live page and the JSON it polls; read-only, it still shows class names, member addresses and counts, so keep it off public networks. */
        private boolean enabled;

        /** Path of the live page, such as /gridpool; the JSON it polls is served under it at /snapshot. */
        private String path = DashboardRoutes.DEFAULT_PATH;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }
    }
}
