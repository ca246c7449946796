package io.gridpool.internal.wire;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

import java.util.concurrent.Callable;

/**
 * A wire object that runs on a member and needs that member: the chunks themselves and the
 * pool's questions and orders to the member (slots, cancels, releases).
 */
public abstract class MemberTask<V> implements Callable<V>, IdentifiedDataSerializable, HazelcastInstanceAware {

    protected transient HazelcastInstance member;

    @Override
    public final void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
    }

    @Override
    public final int getFactoryId() {
        return WireFactory.FACTORY_ID;
    }
}
