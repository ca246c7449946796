package io.gridpool.internal.wire;

import com.hazelcast.config.SerializationConfig;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.internal.serialization.impl.compact.Schema;
import com.hazelcast.internal.serialization.impl.compact.SchemaService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hazelcast's serialization without a cluster, as a member configures it by default, so that a
 * {@code LocalPool} can put chunks and results through it and fail where a grid would.
 */
public final class LocalSerialization {

    private LocalSerialization() {
    }

    public static InternalSerializationService create() {
        return new DefaultSerializationServiceBuilder()
                .setConfig(new SerializationConfig())
                .setClassLoader(LocalSerialization.class.getClassLoader())
                .setSchemaService(new InMemorySchemas())
                .build();
    }

    /** Compact schemas of this JVM: there is no cluster to replicate them to. */
    private static final class InMemorySchemas implements SchemaService {
        private final Map<Long, Schema> schemas = new ConcurrentHashMap<>();

        @Override
        public Schema get(long schemaId) {
            return schemas.get(schemaId);
        }

        @Override
        public void put(Schema schema) {
            schemas.putIfAbsent(schema.getSchemaId(), schema);
        }

        @Override
        public void putLocal(Schema schema) {
            put(schema);
        }
    }
}
