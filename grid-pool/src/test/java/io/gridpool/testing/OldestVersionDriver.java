package io.gridpool.testing;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.instance.BuildInfoProvider;
import io.gridpool.GridContext;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.PoolTaskException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The main class of a driver process on another Hazelcast than its members,
 * {@code clusterName memberPorts}: a client that runs {@code map}, {@code imap}, {@code apply} and
 * a failing element through a {@link GridPool}, prints what it saw, one fact per line, and exits.
 */
public final class OldestVersionDriver {

    private OldestVersionDriver() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> ports = Arrays.stream(args[1].split(",")).map(Integer::valueOf).toList();
        HazelcastInstance client = HazelcastClient.newHazelcastClient(TestConfigs.client(args[0], ports));
        try (Pool pool = GridPool.on(client)) {
            System.out.println("READY " + client.getLocalEndpoint().getUuid());
            System.out.println("CLIENT " + BuildInfoProvider.getBuildInfo().getVersion());
            System.out.println("MEMBERS " + client.getCluster().getMembers().stream()
                    .map(Member::getVersion).map(Object::toString).collect(Collectors.joining(",")));
            List<Integer> xs = IntStream.range(0, 20_000).boxed().toList();
            List<Integer> squares = xs.stream().map(x -> x * x).toList();
            System.out.println("MAP " + pool.map(x -> x * x, xs).equals(squares));
            List<Integer> streamed = new ArrayList<>();
            for (Iterator<Integer> it = pool.imap(x -> x * x, xs, 100); it.hasNext(); ) {
                streamed.add(it.next());
            }
            System.out.println("IMAP " + streamed.equals(squares));
            System.out.println("APPLY ran on " + pool.applyAsync(
                    () -> GridContext.hazelcast().getCluster().getLocalMember().getVersion().toString())
                    .get(60, TimeUnit.SECONDS));
            try {
                pool.map(x -> 100 / (x - 7), xs.subList(0, 10));
                System.out.println("FAILURE none");
            } catch (PoolTaskException e) {
                System.out.println("FAILURE at " + e.index() + " " + e.getCause().getClass().getName());
            }
        } finally {
            client.shutdown();
        }
        System.out.flush();
    }
}
