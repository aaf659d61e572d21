package io.hrassist.events.binding;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The W3C trace context that request and result events carry as the CloudEvents distributed-tracing extension
 * ({@code traceparent}), one trace per task: the trace id is the task's id (a random 128-bit UUID, which is what a trace
 * id is), so a task's request, the function's handling and the result share it in every log ({@link EventLogContext})
 * and in Knative's traces when the broker continues them. Each event is a span of its own, its id derived from the
 * event's id.
 */
public final class Traceparent {

    /** The extension's name. */
    public static final String EXTENSION = "traceparent";

    static final Pattern VALID = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    private Traceparent() {}

    /** The trace context of a task's request event, or empty when the subject is no task id. */
    public static Optional<String> ofTask(String taskId, String eventId) {
        try {
            UUID task = UUID.fromString(taskId);
            if (task.getMostSignificantBits() == 0 && task.getLeastSignificantBits() == 0) {
                return Optional.empty();
            }
            return Optional.of(format(task.toString().replace("-", ""), eventId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The trace context of an event sent in answer to one carrying {@code parent}: same trace, a span of its own. */
    public static Optional<String> child(Object parent, String eventId) {
        return traceId(parent).map(trace -> format(trace, eventId));
    }

    /** The trace id of a valid {@code traceparent} value. */
    public static Optional<String> traceId(Object traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        var valid = VALID.matcher(traceparent.toString());
        return valid.matches() && !valid.group(1).matches("0+") ? Optional.of(valid.group(1)) : Optional.empty();
    }

    private static String format(String traceId, String eventId) {
        long span =
                UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8)).getLeastSignificantBits();
        return "00-" + traceId + "-" + String.format("%016x", span == 0 ? 1 : span) + "-01";
    }
}
