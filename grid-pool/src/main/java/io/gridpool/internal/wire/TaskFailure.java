package io.gridpool.internal.wire;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.PoolTaskException;
import io.gridpool.RemoteTaskFailure;
import io.gridpool.internal.Exceptions;

import java.io.IOException;

/**
 * Why an element failed on a worker, in a form that travels: at which stage of its run, at which
 * offset of the chunk, on which member, and the exception itself, or a faithful description of it
 * when the exception cannot travel.
 */
public final class TaskFailure {

    /** Where in an element's run on a worker it failed; the chunk's fate is {@link ChunkFate#FAILED} for each. */
    public enum Stage {
        /** The call's function could not be read. */
        READING_FUNCTION,
        /** The pool's initializer threw. */
        INITIALIZING,
        /** The element could not be read. */
        READING_ELEMENT,
        /** The function threw. */
        RUNNING,
        /** The result could not be written to travel back. */
        WRITING_RESULT
    }

    private Stage stage;
    private int offset;
    private String member;
    private String className;
    private String message;
    private String detail;
    private String missingClass;
    private String refusedClass;
    private StackTraceElement[] stackTrace;
    private Payload exception;

    private TaskFailure() {
    }

    /**
     * A failure seen on a worker; the exception is kept by {@code codec} (written, for a pool that
     * serializes), or only described if it cannot be.
     *
     * @param member the member's name, or {@code null} in this JVM
     */
    public static TaskFailure of(Stage stage, int offset, String member, Throwable thrown, Codec codec) {
        TaskFailure failure = new TaskFailure();
        failure.stage = stage;
        failure.offset = offset;
        failure.member = member;
        failure.className = thrown.getClass().getName();
        failure.message = thrown.getMessage();
        failure.detail = Exceptions.rootCause(thrown);
        failure.missingClass = Exceptions.missingClass(thrown);
        failure.refusedClass = Exceptions.refusedClass(thrown);
        failure.stackTrace = thrown.getStackTrace();
        try {
            failure.exception = codec.encodeOne(thrown);
        } catch (Exception | StackOverflowError e) {
            failure.exception = null;
        }
        return failure;
    }

    /** The offset of the failed element in its chunk. */
    public int offset() {
        return offset;
    }

    /** The original exception, or a stand-in with its class, message and stack trace. */
    Throwable cause(Codec codec) {
        if (exception != null) {
            try {
                return (Throwable) codec.decodeOne(exception);
            } catch (Exception | LinkageError e) {
                // the exception's class is not on this side: describe it instead
            }
        }
        RemoteTaskFailure standIn = new RemoteTaskFailure(className, message);
        standIn.setStackTrace(stackTrace);
        return standIn;
    }

    /** The exception a caller sees for the element at {@code index} of its input. */
    public PoolTaskException toException(long index, Codec codec) {
        String where = member == null ? "" : " on member " + member;
        String text = switch (stage) {
            case RUNNING -> "the function failed at element " + index + where + ": " + headline();
            case INITIALIZING -> "the pool's initializer failed" + where
                    + ", so element " + index + " could not run: " + headline();
            case READING_FUNCTION -> "the function could not be read" + where + ": " + unreadable();
            case READING_ELEMENT -> "element " + index + " could not be read" + where + ": " + unreadable();
            case WRITING_RESULT -> "the result of element " + index + " cannot be serialized" + where
                    + " to travel back: " + detail;
        };
        return new PoolTaskException(text, index, member, cause(codec));
    }

    private String headline() {
        return message == null ? className : className + ": " + message;
    }

    private String unreadable() {
        if (missingClass != null) {
            return "class " + missingClass + " is not on its classpath; every member needs the application's "
                    + "jar (and grid-pool's) on its classpath";
        }
        if (refusedClass != null) {
            return "class " + refusedClass + " is not allowed by its Java deserialization filter; if the class "
                    + "is the application's, add its package to the members' allow-list (GridMember --allow, or "
                    + "java-serialization-filter in their Hazelcast config)";
        }
        return detail;
    }

    void writeTo(ObjectDataOutput out) throws IOException {
        out.writeByte(stage.ordinal());
        out.writeInt(offset);
        out.writeString(member);
        out.writeString(className);
        out.writeString(message);
        out.writeString(detail);
        out.writeString(missingClass);
        out.writeString(refusedClass);
        out.writeInt(stackTrace.length);
        for (StackTraceElement frame : stackTrace) {
            out.writeString(frame.getClassName());
            out.writeString(frame.getMethodName());
            out.writeString(frame.getFileName());
            out.writeInt(frame.getLineNumber());
        }
        Payload.write(out, exception);
    }

    static TaskFailure readFrom(ObjectDataInput in) throws IOException {
        TaskFailure failure = new TaskFailure();
        failure.stage = Stage.values()[in.readByte()];
        failure.offset = in.readInt();
        failure.member = in.readString();
        failure.className = in.readString();
        failure.message = in.readString();
        failure.detail = in.readString();
        failure.missingClass = in.readString();
        failure.refusedClass = in.readString();
        failure.stackTrace = new StackTraceElement[in.readInt()];
        for (int i = 0; i < failure.stackTrace.length; i++) {
            failure.stackTrace[i] = new StackTraceElement(in.readString(), in.readString(), in.readString(),
                    in.readInt());
        }
        failure.exception = Payload.read(in);
        return failure;
    }
}
