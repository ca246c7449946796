package io.gridpool.testing.net;

import java.util.List;

/**
 * The iptables rules that shape and cut the links of one {@link NetLab}. Bridged packets pass
 * iptables' FORWARD chain (br_netfilter), where one rule sends the lab bridge's packets to the
 * lab's own chain; there, in order: the cuts ({@code DROP} between two ports), the loss (a
 * {@code statistic} match that drops a share of what a port sends), the delay ({@code NFQUEUE},
 * served by a {@link DelayLine} that accepts each packet when its time has come) and, for the
 * rest, {@code ACCEPT}: Docker sets FORWARD's policy to {@code DROP}, so the lab accepts its own
 * packets itself. Every chain's name starts with {@code gp} and the lab's id.
 */
final class Links {

    private final String bridge;
    private final String main;
    private final String cuts;
    private final String loss;
    private final String delays;

    Links(String id) {
        this.bridge = "gp" + id + "br";
        this.main = "gp" + id;
        this.cuts = main + "-cut";
        this.loss = main + "-loss";
        this.delays = main + "-delay";
    }

    void create() {
        for (String chain : List.of(main, cuts, loss, delays)) {
            Shell.run("iptables", "-w", "-N", chain);
        }
        for (String chain : List.of(cuts, loss, delays)) {
            Shell.run("iptables", "-w", "-A", main, "-j", chain);
        }
        Shell.run("iptables", "-w", "-A", main, "-j", "ACCEPT");
        Shell.run("iptables", "-w", "-I", "FORWARD", "-i", bridge, "-j", main);
    }

    /** Drops everything between two ports, both ways. */
    void cut(String a, String b) {
        between("-A", a, b);
        between("-A", b, a);
    }

    void heal(String a, String b) {
        between("-D", a, b);
        between("-D", b, a);
    }

    private void between(String op, String from, String to) {
        Shell.run("iptables", "-w", op, cuts, "-m", "physdev", "--physdev-in", from, "--physdev-out", to, "-j", "DROP");
    }

    /** Drops {@code percent} % of the packets that {@code port} sends, at random. */
    void loss(String port, double percent) {
        Shell.run("iptables", "-w", "-A", loss, "-m", "physdev", "--physdev-in", port, "-m", "statistic",
                "--mode", "random", "--probability", String.valueOf(percent / 100), "-j", "DROP");
    }

    void noLoss() {
        Shell.run("iptables", "-w", "-F", loss);
    }

    /** Queues what {@code port} sends to NFQUEUE {@code queue}, whose reader releases it. */
    void delay(String port, int queue) {
        Shell.run("iptables", "-w", "-A", delays, "-m", "physdev", "--physdev-in", port,
                "-j", "NFQUEUE", "--queue-num", String.valueOf(queue));
    }

    void noDelay(String port, int queue) {
        Shell.run("iptables", "-w", "-D", delays, "-m", "physdev", "--physdev-in", port,
                "-j", "NFQUEUE", "--queue-num", String.valueOf(queue));
    }

    /** Removes every rule and chain of lab {@code id}; what is already gone is no error. */
    static void remove(String id) {
        new Links(id).remove();
    }

    private void remove() {
        Shell.tryRun("iptables", "-w", "-D", "FORWARD", "-i", bridge, "-j", main);
        for (String chain : List.of(main, cuts, loss, delays)) {
            Shell.tryRun("iptables", "-w", "-F", chain);
        }
        for (String chain : List.of(main, cuts, loss, delays)) {
            Shell.tryRun("iptables", "-w", "-X", chain);
        }
    }

    /** The rules and chains of lab {@code id} that iptables still has. */
    static List<String> left(String id) {
        Shell.Result rules = Shell.tryRun("iptables", "-w", "-S");
        return rules.output().lines().filter(line -> line.contains(" gp" + id))
                .map(line -> "iptables " + line).toList();
    }
}
