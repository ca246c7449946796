package io.gridpool.internal.worker;

import java.util.UUID;

/**
 * Which chunk runs: its driver (the client or member whose pool sent it; {@code null} in this
 * JVM), its pool, its call and its place in the call. Immutable.
 */
public record ChunkId(UUID driver, UUID pool, long call, int seq) {
}
