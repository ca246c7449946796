package io.gridpool.demo;

import io.gridpool.member.GridMember;
import java.util.List;

/**
 * {@code --role=member}: the jar as a grid member, which is grid-pool's {@link GridMember} with
 * the demo's classes on its classpath. It drains on SIGTERM and reads the same options and
 * {@code GRIDPOOL_*} variables; io.gridpool.demo is inside the allow-list's io.gridpool. prefix,
 * so the demo's functions need no --allow.
 */
final class MemberRole {

    /** A quieter log than logback's default: Hazelcast's warnings, and the cluster's membership changes. */
    static final String LOG_CONFIG = "io/gridpool/demo/logback-member.xml";

    private MemberRole() {
    }

    static void run(List<String> args) throws InterruptedException {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOG_CONFIG); // before the first logger exists
        }
        GridMember.main(args.toArray(String[]::new));
    }
}
