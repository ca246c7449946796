package io.gridpool.internal.wire;

import com.hazelcast.internal.serialization.DataSerializerHook;
import com.hazelcast.nio.serialization.DataSerializableFactory;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

/**
 * The wire objects of grid-pool and their ids. Hazelcast finds this hook on the classpath of
 * every member and client (META-INF/services/com.hazelcast.DataSerializerHook), so no
 * configuration names it.
 */
public final class WireFactory implements DataSerializerHook {

    /** "GPOL" in ASCII: far from the small ids that applications pick for their own factories. */
    public static final int FACTORY_ID = 0x47504F4C;

    static final int CHUNK_TASK = 1;
    static final int CHUNK_RESULT = 2;
    static final int SLOTS_QUERY = 3;
    static final int CANCEL_CHUNKS = 4;
    static final int PAIR = 5;
    static final int RELEASE_POOL = 6;
    static final int STUCK_QUERY = 7;
    static final int WORKER_INFO_QUERY = 8;

    @Override
    public int getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public DataSerializableFactory createFactory() {
        return WireFactory::create;
    }

    private static IdentifiedDataSerializable create(int classId) {
        return switch (classId) {
            case CHUNK_TASK -> new ChunkTask();
            case CHUNK_RESULT -> new ChunkResult();
            case SLOTS_QUERY -> new SlotsQuery();
            case CANCEL_CHUNKS -> new CancelChunks();
            case PAIR -> new Pair();
            case RELEASE_POOL -> new ReleasePool();
            case STUCK_QUERY -> new StuckQuery();
            case WORKER_INFO_QUERY -> new WorkerInfoQuery();
            default -> null;
        };
    }
}
