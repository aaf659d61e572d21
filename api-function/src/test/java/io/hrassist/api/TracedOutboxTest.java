package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hrassist.api.domain.Outbox;
import io.hrassist.api.domain.OutgoingEvent;
import io.hrassist.events.EventType;
import io.micronaut.context.BeanContext;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With a tracer attached (the OpenTelemetry agent in production, the SDK in memory here), an event stored while a
 * request is traced is sent in that request's trace, from a producer span of its own: the trace goes from the click on
 * through the outbox. Without one, the task's id is the trace (OutboxRelayTest).
 */
@MicronautTest(transactional = false)
class TracedOutboxTest extends WithFakeBroker {

    @RegisterExtension
    static final OpenTelemetryExtension OTEL = OpenTelemetryExtension.create();

    @Inject
    Outbox outbox;

    @Inject
    BeanContext context;

    @Test
    void anEventStoredDuringATracedRequestIsSentInItsTraceFromASpanOfItsOwn() {
        broker.start(0);
        String task = UUID.randomUUID().toString();
        Span click = OTEL.getOpenTelemetry()
                .getTracer("test")
                .spanBuilder("POST job-description")
                .startSpan();
        try (var current = click.makeCurrent()) {
            TransactionOperations<Connection> transactions =
                    context.getBean(Argument.of(TransactionOperations.class, Connection.class));
            transactions.executeWrite(status -> {
                outbox.add(new OutgoingEvent(
                        UUID.randomUUID(), EventType.JOB_DESCRIPTION_REQUESTED.name(), task, Map.of()));
                return null;
            });
        } finally {
            click.end();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> broker.accepted.contains(task));

        SpanData sending = OTEL.getSpans().stream()
                .filter(span -> span.getKind() == SpanKind.PRODUCER)
                .filter(span ->
                        task.equals(span.getAttributes().get(AttributeKey.stringKey("cloudevents.event_subject"))))
                .findFirst()
                .orElseThrow();
        assertThat(sending.getName()).isEqualTo("send " + EventType.JOB_DESCRIPTION_REQUESTED.name());
        assertThat(sending.getTraceId()).isEqualTo(click.getSpanContext().getTraceId());
        assertThat(sending.getParentSpanId()).isEqualTo(click.getSpanContext().getSpanId());
        assertThat(broker.traces.get(broker.accepted.indexOf(task)))
                .isEqualTo("00-" + sending.getTraceId() + "-" + sending.getSpanId() + "-01");
    }
}
