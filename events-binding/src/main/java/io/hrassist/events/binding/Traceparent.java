package io.hrassist.events.binding;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The W3C trace context that request and result events carry as the CloudEvents distributed-tracing extension
 * ({@code traceparent}), read and written with the OpenTelemetry API's W3C propagator. Without a tracer ({@link
 * EventSpans}) a task's events form one trace whose id is the task's id (a random 128-bit UUID, which is what a trace id
 * is), each event a span of its own with an id derived from the event's id; with a tracer the trace is the one of the
 * request that started the task. Either way the logs name it ({@link EventLogContext}).
 */
public final class Traceparent {

    /** The extension's name. */
    public static final String EXTENSION = "traceparent";

    private static final TextMapGetter<String> CARRIER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(EXTENSION);
        }

        @Override
        public String get(String carrier, String key) {
            return EXTENSION.equals(key) ? carrier : null;
        }
    };

    private Traceparent() {}

    /** The trace context of a task's request event (sampled), or empty when the subject is no task id. */
    public static Optional<String> ofTask(String taskId, String eventId) {
        try {
            String traceId = UUID.fromString(taskId).toString().replace("-", "");
            return format(SpanContext.createFromRemoteParent(
                    traceId, spanId(eventId), TraceFlags.getSampled(), TraceState.getDefault()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The trace context of an event sent in answer to one carrying {@code parent}: same trace and sampling decision, a
     * span of its own.
     */
    public static Optional<String> child(Object parent, String eventId) {
        return context(parent)
                .flatMap(p -> format(SpanContext.createFromRemoteParent(
                        p.getTraceId(), spanId(eventId), p.getTraceFlags(), p.getTraceState())));
    }

    /** The trace id of a valid {@code traceparent} value. */
    public static Optional<String> traceId(Object traceparent) {
        return context(traceparent).map(SpanContext::getTraceId);
    }

    /** The parent context a {@code traceparent} value names (the root context when it is absent or invalid). */
    static Context parent(Object traceparent) {
        return traceparent == null
                ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent.toString(), CARRIER);
    }

    /** The W3C form of {@code span}'s context. */
    static Optional<String> format(Span span) {
        var carrier = new HashMap<String, String>();
        W3CTraceContextPropagator.getInstance().inject(Context.root().with(span), carrier, HashMap::put);
        return Optional.ofNullable(carrier.get(EXTENSION));
    }

    private static Optional<SpanContext> context(Object traceparent) {
        SpanContext context = Span.fromContext(parent(traceparent)).getSpanContext();
        return context.isValid() ? Optional.of(context) : Optional.empty();
    }

    private static Optional<String> format(SpanContext context) {
        return context.isValid() ? format(Span.wrap(context)) : Optional.empty();
    }

    private static String spanId(String eventId) {
        long span =
                UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8)).getLeastSignificantBits();
        return String.format("%016x", span == 0 ? 1 : span);
    }
}
