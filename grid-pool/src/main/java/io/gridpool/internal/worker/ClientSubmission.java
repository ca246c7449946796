package io.gridpool.internal.worker;

import com.hazelcast.client.impl.clientside.HazelcastClientInstanceImpl;
import com.hazelcast.client.impl.clientside.HazelcastClientProxy;
import com.hazelcast.client.impl.protocol.ClientMessage;
import com.hazelcast.client.impl.protocol.codec.ExecutorServiceSubmitToMemberCodec;
import com.hazelcast.client.impl.spi.impl.ClientInvocation;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.util.UuidUtil;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Submits a task from a client to one member's executor, as {@code IExecutorService.submitToMember}
 * does (the same request of the client protocol, the same invocation and its failures), but answers
 * through a plain future completed on the thread that reads the response. The executor's own future
 * hands every answer to Hazelcast's default executor, which on a machine of one or two processors
 * (a common pool of one thread) starts a new thread per answer: its start cost the driver more
 * processor time than the rest of a small chunk's round trip. Thread-safe.
 */
final class ClientSubmission {

    private final HazelcastClientProxy client;
    private final String executorName;
    private final InternalSerializationService serialization;

    ClientSubmission(HazelcastClientProxy client, String executorName) {
        this.client = client;
        this.executorName = executorName;
        this.serialization = client.getSerializationService();
    }

    /** Sends {@code task} to {@code member}; the stage completes with its result, deserialized, or its failure. */
    <T> CompletionStage<T> submit(Object task, Member member) {
        HazelcastClientInstanceImpl instance = client.client;
        if (instance == null) {
            throw new HazelcastInstanceNotActiveException();
        }
        ClientMessage request = ExecutorServiceSubmitToMemberCodec.encodeRequest(executorName,
                UuidUtil.newUnsecureUUID(), serialization.toData(task), member.getUuid());
        CompletableFuture<T> answer = new CompletableFuture<>();
        new ClientInvocation(instance, request, executorName, member.getUuid()).invoke()
                .whenCompleteAsync((response, failure) -> {
                    if (failure != null) {
                        answer.completeExceptionally(failure);
                        return;
                    }
                    try {
                        answer.complete(serialization.toObject(ExecutorServiceSubmitToMemberCodec.decodeResponse(response)));
                    } catch (RuntimeException | Error e) {
                        answer.completeExceptionally(e);
                    }
                }, Runnable::run);
        return answer;
    }
}
