package io.gridpool.internal.worker;

import io.gridpool.internal.wire.ChunkResult;
import io.gridpool.internal.wire.ChunkTask;

import java.util.concurrent.CompletionStage;

/** One place where chunks run: a grid member, or the threads of this JVM. */
public interface Worker {

    /** The worker's name in messages: a member's {@code host:port}, or "this JVM". */
    String name();

    /** Sends a chunk; the stage completes with its result, or with why the worker could not run it. */
    CompletionStage<ChunkResult> run(ChunkTask task);
}
