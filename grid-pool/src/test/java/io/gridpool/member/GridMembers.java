package io.gridpool.member;

import io.gridpool.testing.MemberProcess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Starts {@link GridMember}s in processes of their own, on loopback ports picked by the test. */
final class GridMembers {

    private GridMembers() {
    }

    /**
     * Starts a member of {@code cluster} on {@code port} that joins the members on {@code ports},
     * with two slots and the {@code extra} options; waits for its READY line.
     */
    static MemberProcess start(String cluster, int port, List<Integer> ports, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--cluster-name", cluster,
                "--port", String.valueOf(port),
                "--members", ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(",")),
                "--interface", "127.0.0.1",
                "--slots", "2"));
        args.addAll(Arrays.asList(extra));
        return MemberProcess.start(GridMemberInTests.class.getName(), cluster + "-" + port, args,
                List.of("-Dhazelcast.wait.seconds.before.join=0"));
    }

    /** The member's READY line. */
    static String readyLine(MemberProcess member) {
        return member.output().lines().filter(l -> l.startsWith("READY ")).findFirst().orElseThrow();
    }
}
