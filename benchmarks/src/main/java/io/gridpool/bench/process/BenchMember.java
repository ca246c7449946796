package io.gridpool.bench.process;

import io.gridpool.member.GridMember;

/**
 * The main class of a member process: grid-pool's standalone {@link GridMember}, with the same
 * options, that also exits when the harness that started it is gone; or, with
 * {@code -D}{@value #PLAIN}{@code =true}, a plain Hazelcast member.
 */
public final class BenchMember {

    /** {@code -Dgridpool.bench.plainMember=true}: a {@link PlainMember} instead of a GridMember. */
    public static final String PLAIN = "gridpool.bench.plainMember";

    private BenchMember() {
    }

    public static void main(String[] args) throws InterruptedException {
        OrphanGuard.watchStandardInput();
        if (Boolean.getBoolean(PLAIN)) {
            PlainMember.run(args);
        } else {
            GridMember.main(args);
        }
    }
}
