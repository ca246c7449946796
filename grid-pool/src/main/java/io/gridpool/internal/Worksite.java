package io.gridpool.internal;

import com.hazelcast.cluster.Address;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.spi.impl.SerializationServiceSupport;

/**
 * Where a chunk runs: the serialization it reads and writes with, the member's name for error
 * messages ({@code null} in this JVM), the worker's state, and the member itself for
 * {@code GridContext} ({@code null} in this JVM).
 */
record Worksite(InternalSerializationService serialization, String name, WorkerState state,
                HazelcastInstance member) {

    static Worksite of(HazelcastInstance member) {
        return new Worksite(serialization(member), name(member), WorkerState.of(member), member);
    }

    static InternalSerializationService serialization(HazelcastInstance instance) {
        return (InternalSerializationService) ((SerializationServiceSupport) instance).getSerializationService();
    }

    /** A member's address as {@code host:port}. */
    static String name(HazelcastInstance member) {
        return name(member.getCluster().getLocalMember().getAddress());
    }

    static String name(Address address) {
        return address.getHost() + ":" + address.getPort();
    }
}
