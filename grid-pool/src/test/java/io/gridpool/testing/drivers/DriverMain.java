package io.gridpool.testing.drivers;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.testing.TestConfigs;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of a driver process: {@code DriverMain clusterName memberPorts}, a client of the
 * cluster on loopback that makes pools and runs calls on them as its standard input tells it, one
 * command a line, so that a test or the benchmark harness can put several drivers on one grid
 * ({@link DriverProcess} is the other end). It prints {@code READY <client uuid>}, then answers
 * every command with one line, {@code RESULT <json>} or {@code ERROR <why>}, and exits at the end
 * of its input. The commands:
 * <ul>
 * <li>{@code pool NAME PRIORITY SPECULATION}: makes a {@code GridPool} with that priority and
 *     speculation on or off ({@code true}, {@code false}).</li>
 * <li>{@code map POOL CALL COUNT MILLIS CHUNK MARKS STARTED}: starts {@code mapAsync} of elements
 *     that sleep {@code MILLIS} over {@code 0 .. COUNT-1}, in chunks of {@code CHUNK} (0: the
 *     automatic size), leaving marks under the directory {@code MARKS} ({@code -}: none); answers
 *     once {@code STARTED} elements have begun (0: at once).</li>
 * <li>{@code mapOn POOL CALL MEMBER COUNT MILLIS MARKS STARTED}: the same with {@code mapByKey}
 *     over {@code COUNT} keys that the {@code MEMBER}-th member (in the cluster's order) owns, so
 *     that every chunk runs there.</li>
 * <li>{@code await CALL SECONDS}: waits for the call and checks its results exact; answers its
 *     start and end (epoch microseconds), seconds and the speculative copies its pool sent.</li>
 * <li>{@code running CALL}: whether the call is still in progress.</li>
 * <li>{@code cancel CALL}, {@code cancelAll}: cancels calls, which stops their chunks on the members.</li>
 * <li>{@code apply POOL COUNT MILLIS SECONDS}: {@code apply}s of one element that sleeps
 *     {@code MILLIS}, one after the other, {@code COUNT} of them or as many as fit in
 *     {@code SECONDS} (at least one); answers each one's latency in milliseconds.</li>
 * <li>{@code stats POOL}, {@code workers POOL}, {@code snapshot POOL}: the pool's {@code stats()},
 *     its snapshot's workers, or its snapshot (its last 256 chunks), every field of the records.</li>
 * <li>{@code load}: each member's {@code gridpool} executor, from the member: chunks pending in its
 *     queue and running ({@link MemberLoad}).</li>
 * <li>{@code idle SECONDS}: waits until no member has a chunk pending or running.</li>
 * </ul>
 */
public final class DriverMain {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DriverMain() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> ports = Arrays.stream(args[1].split(",")).map(Integer::valueOf).toList();
        HazelcastInstance client = HazelcastClient.newHazelcastClient(TestConfigs.client(args[0], ports));
        try (DriverCommands commands = new DriverCommands(client)) {
            System.out.println("READY " + client.getLocalEndpoint().getUuid());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                System.out.println(answer(commands, line.strip()));
                System.out.flush();
            }
        } finally {
            client.getLifecycleService().terminate();
        }
        System.exit(0);
    }

    private static String answer(DriverCommands commands, String line) {
        try {
            return "RESULT " + JSON.writeValueAsString(commands.run(line.split("\\s+")));
        } catch (Exception | Error e) {
            Throwable cause = e.getCause() != null && e instanceof java.util.concurrent.ExecutionException
                    ? e.getCause() : e;
            return "ERROR " + line + ": " + String.valueOf(cause).replace('\n', ' ');
        }
    }
}
