package io.gridpool.bench.process;

import io.gridpool.member.GridMember;

/**
 * The main class of a member process: grid-pool's standalone {@link GridMember}, with the same
 * options, that also exits when the harness that started it is gone.
 */
public final class BenchMember {

    private BenchMember() {
    }

    public static void main(String[] args) throws InterruptedException {
        OrphanGuard.watchStandardInput();
        GridMember.main(args);
    }
}
