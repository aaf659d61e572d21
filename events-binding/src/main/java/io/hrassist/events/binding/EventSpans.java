package io.hrassist.events.binding;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OpenTelemetry spans of a task's events: one where an event is sent ({@link #sending}) and one where it is handled
 * ({@link #handling}), each the child of the {@code traceparent} the event carries, so that a task's request, the
 * function's work (with what an agent instruments inside it: the model's HTTP calls, SQL) and the stored result form
 * one trace. Exported only when the OpenTelemetry Java agent is attached at launch (the chart's {@code tracing.enabled});
 * without it the API's no-op tracer builds nothing and {@link #traceparent} is empty, so the events carry the trace
 * context {@link Traceparent} derives from the task.
 */
public final class EventSpans {

    static final String INSTRUMENTATION = "io.hrassist.events";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:/@+-]{1,200}");
    private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(Traceparent.EXTENSION);
        }

        @Override
        public String get(String carrier, String key) {
            return Traceparent.EXTENSION.equals(key) ? carrier : null;
        }
    };

    private EventSpans() {}

    /**
     * A span for handling {@code event}, the current one until closed; linked to the span that was current (the agent's
     * HTTP server span, in the transport's trace rather than the task's).
     */
    public static Open handling(CloudEvent event) {
        Object traceparent = event.getExtension(Traceparent.EXTENSION);
        return open(
                "process " + plain(event.getType()),
                SpanKind.CONSUMER,
                traceparent == null ? null : traceparent.toString(),
                event.getType(),
                event.getId(),
                event.getSubject(),
                true);
    }

    /** A span for sending the event of this type, id and subject, in the trace of {@code traceparent} (if any). */
    public static Open sending(String type, String id, String subject, String traceparent) {
        return open("send " + plain(type), SpanKind.PRODUCER, traceparent, type, id, subject, false);
    }

    /**
     * The trace context to send with an event produced while handling one that carried {@code parentTraceparent}: the
     * handling span's, when a tracer made one.
     */
    public static Optional<String> current(Object parentTraceparent) {
        return own(Span.current(), context(parentTraceparent == null ? null : parentTraceparent.toString()));
    }

    private static Open open(
            String name,
            SpanKind kind,
            String traceparent,
            String type,
            String id,
            String subject,
            boolean makeCurrent) {
        Context parent = context(traceparent);
        var builder = GlobalOpenTelemetry.getTracer(INSTRUMENTATION)
                .spanBuilder(name)
                .setParent(parent)
                .setSpanKind(kind)
                .setAttribute("cloudevents.event_type", plain(type))
                .setAttribute("cloudevents.event_id", plain(id))
                .setAttribute("cloudevents.event_subject", plain(subject));
        SpanContext outer = Span.current().getSpanContext();
        if (outer.isValid()) {
            builder.addLink(outer);
        }
        Span span = builder.startSpan();
        return new Open(span, parent, makeCurrent ? span.makeCurrent() : null);
    }

    private static Context context(String traceparent) {
        return traceparent == null
                ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT);
    }

    /**
     * The trace context of {@code span} when it is a span of its own: without a tracer the API hands back the parent's
     * context (or the invalid one), which must not be sent on as if it were a new span.
     */
    private static Optional<String> own(Span span, Context parent) {
        SpanContext context = span.getSpanContext();
        SpanContext parentContext = Span.fromContext(parent).getSpanContext();
        if (!context.isValid() || context.getSpanId().equals(parentContext.getSpanId())) {
            return Optional.empty();
        }
        var carrier = new HashMap<String, String>();
        W3CTraceContextPropagator.getInstance().inject(Context.root().with(span), carrier, HashMap::put);
        return Optional.ofNullable(carrier.get(Traceparent.EXTENSION));
    }

    private static String plain(String value) {
        return value != null && PLAIN.matcher(value).matches() ? value : "invalid";
    }

    /** An open span: {@link #failed} marks it, {@link #close} ends it (and restores the span current before). */
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
            if (scope != null) {
                scope.close();
            }
            span.end();
        }
    }
}
