package io.gridpool.internal;

import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.PoolTaskException;
import io.gridpool.RemoteTaskFailure;

import java.io.IOException;

/**
 * Why an element failed on a worker, in a form that travels: what kind of failure, at which
 * offset of the chunk, on which member, and the exception itself, or a faithful description of it
 * when the exception cannot travel.
 */
final class TaskFailure {

    enum Kind {
        FUNCTION_THREW,
        FUNCTION_UNREADABLE,
        ELEMENT_UNREADABLE,
        RESULT_UNWRITABLE,
        INITIALIZER_FAILED
    }

    private Kind kind;
    private int offset;
    private String member;
    private String className;
    private String message;
    private String detail;
    private String missingClass;
    private String refusedClass;
    private StackTraceElement[] stackTrace;
    private byte[] exception;
    private transient Throwable thrown;

    private TaskFailure() {
    }

    /** A failure seen in this JVM, kept as the exception itself. */
    static TaskFailure local(Kind kind, int offset, Throwable thrown) {
        TaskFailure failure = describe(kind, offset, null, thrown);
        failure.thrown = thrown;
        return failure;
    }

    /** A failure seen on a member: the exception is serialized now, or described if it cannot be. */
    static TaskFailure remote(Kind kind, int offset, String member, Throwable thrown,
                              InternalSerializationService serialization) {
        TaskFailure failure = describe(kind, offset, member, thrown);
        try {
            failure.exception = Payload.encodeOne(serialization, thrown);
        } catch (Exception | StackOverflowError e) {
            failure.exception = null;
        }
        return failure;
    }

    private static TaskFailure describe(Kind kind, int offset, String member, Throwable thrown) {
        TaskFailure failure = new TaskFailure();
        failure.kind = kind;
        failure.offset = offset;
        failure.member = member;
        failure.className = thrown.getClass().getName();
        failure.message = thrown.getMessage();
        failure.detail = Exceptions.rootCause(thrown);
        failure.missingClass = Exceptions.missingClass(thrown);
        failure.refusedClass = Exceptions.refusedClass(thrown);
        failure.stackTrace = thrown.getStackTrace();
        return failure;
    }

    Kind kind() {
        return kind;
    }

    int offset() {
        return offset;
    }

    /** The original exception, or a stand-in with its class, message and stack trace. */
    Throwable cause(InternalSerializationService serialization) {
        if (thrown != null) {
            return thrown;
        }
        if (exception != null && serialization != null) {
            try {
                return (Throwable) Payload.decodeOne(serialization, exception);
            } catch (Exception | LinkageError e) {
                // the exception's class is not on this side: describe it instead
            }
        }
        RemoteTaskFailure standIn = new RemoteTaskFailure(className, message);
        standIn.setStackTrace(stackTrace);
        return standIn;
    }

    /** The exception a caller sees for the element at {@code index} of its input. */
    PoolTaskException toException(long index, InternalSerializationService serialization) {
        String where = member == null ? "" : " on member " + member;
        String text = switch (kind) {
            case FUNCTION_THREW -> "the function failed at element " + index + where + ": " + headline();
            case INITIALIZER_FAILED -> "the pool's initializer failed" + where
                    + ", so element " + index + " could not run: " + headline();
            case FUNCTION_UNREADABLE -> "the function could not be read" + where + ": " + unreadable();
            case ELEMENT_UNREADABLE -> "element " + index + " could not be read" + where + ": " + unreadable();
            case RESULT_UNWRITABLE -> "the result of element " + index + " cannot be serialized" + where
                    + " to travel back: " + detail;
        };
        return new PoolTaskException(text, index, member, cause(serialization));
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
        out.writeByte(kind.ordinal());
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
        out.writeByteArray(exception);
    }

    static TaskFailure readFrom(ObjectDataInput in) throws IOException {
        TaskFailure failure = new TaskFailure();
        failure.kind = Kind.values()[in.readByte()];
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
        failure.exception = in.readByteArray();
        return failure;
    }
}
