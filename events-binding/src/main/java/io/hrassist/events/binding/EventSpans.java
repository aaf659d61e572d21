package io.hrassist.events.binding;

import io.cloudevents.CloudEvent;
import io.hrassist.events.EventType;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Optional;

/**
 * The OpenTelemetry spans of a task's events: one where an event is sent ({@link #sending}) and one where it is handled
 * ({@link #handling}), each the child of the {@code traceparent} the event carries and the current span while open, so
 * that a task's request, the function's work (with what an agent instruments inside it: the model's HTTP calls, SQL,
 * the HTTP post to the broker) and the stored result form one trace. Exported only when the OpenTelemetry Java agent
 * is attached at launch (the chart's {@code tracing.enabled}); without it the API's no-op tracer builds nothing and
 * {@link Open#traceparent} is empty, so the events carry the trace context {@link Traceparent} derives.
 */
public final class EventSpans {

    static final String INSTRUMENTATION = "io.hrassist.events";

    private EventSpans() {}

    /**
     * A span for handling {@code event}, linked to the span that was current (the agent's HTTP server span, in the
     * transport's trace rather than the task's).
     */
    public static Open handling(CloudEvent event) {
        Object traceparent = event.getExtension(Traceparent.EXTENSION);
        SpanContext outer = Span.current().getSpanContext();
        return open(
                "process", SpanKind.CONSUMER, traceparent, event.getType(), event.getId(), event.getSubject(), outer);
    }

    /** A span for sending the event of this type, id and subject, in the trace of {@code traceparent} (if any). */
    public static Open sending(String type, String id, String subject, String traceparent) {
        return open("send", SpanKind.PRODUCER, traceparent, type, id, subject, SpanContext.getInvalid());
    }

    /**
     * The trace context to send with an event produced while handling one that carried {@code parentTraceparent}: the
     * handling span's, when a tracer made one.
     */
    public static Optional<String> current(Object parentTraceparent) {
        return own(Span.current(), Traceparent.parent(parentTraceparent));
    }

    private static Open open(
            String operation,
            SpanKind kind,
            Object traceparent,
            String type,
            String id,
            String subject,
            SpanContext link) {
        Context parent = Traceparent.parent(traceparent);
        // Span names stay few whatever arrives: a type no handler knows is named as such.
        String known = EventType.named(type).map(EventType::name).orElse("unknown type");
        var builder = GlobalOpenTelemetry.getTracer(INSTRUMENTATION)
                .spanBuilder(operation + " " + known)
                .setParent(parent)
                .setSpanKind(kind)
                .setAttribute("cloudevents.event_type", EventLogContext.plain(type))
                .setAttribute("cloudevents.event_id", EventLogContext.plain(id))
                .setAttribute("cloudevents.event_subject", EventLogContext.plain(subject));
        if (link.isValid()) {
            builder.addLink(link);
        }
        Span span = builder.startSpan();
        return new Open(span, parent, span.makeCurrent());
    }

    /**
     * The trace context of {@code span} when it is a span of its own: without a tracer the API hands back the parent's
     * context (or the invalid one), which must not be sent on as if it were a new span.
     */
    private static Optional<String> own(Span span, Context parent) {
        SpanContext context = span.getSpanContext();
        if (!context.isValid()
                || context.getSpanId()
                        .equals(Span.fromContext(parent).getSpanContext().getSpanId())) {
            return Optional.empty();
        }
        return Traceparent.format(span);
    }

    /** An open span, the current one: {@link #failed} marks it, {@link #close} ends it and restores the one before. */
    public static final class Open implements AutoCloseable {

        private final Span span;
        private final Context parent;
        private final Scope scope;

        private Open(Span span, Context parent, Scope scope) {
            this.span = span;
            this.parent = parent;
            this.scope = scope;
        }

        /** This span's trace context, to send with its event, when a tracer made the span. */
        public Optional<String> traceparent() {
            return own(span, parent);
        }

        /** Marks the span as failed, saying why in the service's own words (never the event's data). */
        public void failed(String why) {
            span.setStatus(StatusCode.ERROR, why);
        }

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
