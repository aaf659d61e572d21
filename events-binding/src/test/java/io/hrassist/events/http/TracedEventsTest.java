package io.hrassist.events.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.hrassist.events.EventType;
import io.hrassist.events.binding.CloudEventDispatcher;
import io.hrassist.events.binding.EventSpans;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;

/**
 * With a tracer attached (here the SDK in memory, in production the OpenTelemetry Java agent), handling an event and
 * sending one are spans of the task's trace, and the reply carries the handling span's context on.
 */
@MicronautTest
class TracedEventsTest {

    @RegisterExtension
    static final OpenTelemetryExtension OTEL = OpenTelemetryExtension.create();

    private static final String TASK = "5b0e9a57-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    CloudEventDispatcher dispatcher;

    @Test
    void handlingAnEventIsASpanOfTheTasksTraceAndTheReplyContinuesFromIt() {
        HttpResponse<byte[]> reply = client.toBlocking()
                .exchange(
                        request("evt-1", EventType.JOB_DESCRIPTION_REQUESTED, jd())
                                .header("ce-traceparent", PARENT),
                        byte[].class);

        SpanData handling = onlySpan("process " + EventType.JOB_DESCRIPTION_REQUESTED.name());
        assertThat(handling.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(handling.getTraceId()).isEqualTo(TRACE);
        assertThat(handling.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(handling.getAttributes().asMap())
                .containsValues(EventType.JOB_DESCRIPTION_REQUESTED.name(), "evt-1", TASK);
        assertThat(handling.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(reply.header("ce-traceparent"))
                .as("the function's reply is the child of the span that handled the request")
                .isEqualTo("00-" + TRACE + "-" + handling.getSpanId() + "-01");
    }

    @Test
    void aFailedHandlingIsMarkedAndAHostileSubjectIsNotRecordedAsIs() {
        String hostile = "x} {\"forged\":true";
        var request = request("evt-2", EventType.INTERVIEW_QUESTIONS_REQUESTED, questions(42), hostile)
                .header("ce-traceparent", PARENT);

        assertThatThrownBy(() -> client.toBlocking().exchange(request, byte[].class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(500));

        SpanData handling = onlySpan("process " + EventType.INTERVIEW_QUESTIONS_REQUESTED.name());
        assertThat(handling.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(handling.getStatus().getDescription()).doesNotContain("backend down");
        assertThat(handling.getAttributes().asMap().values())
                .doesNotContain(hostile)
                .contains("invalid");
    }

    @Test
    void anEventWithoutATraceStartsOneAndAnInvalidContextIsNotContinued() {
        var untraced =
                client.toBlocking().exchange(request("evt-3", EventType.JOB_DESCRIPTION_REQUESTED, jd()), byte[].class);
        var invalid = client.toBlocking()
                .exchange(
                        request("evt-4", EventType.JOB_DESCRIPTION_REQUESTED, jd())
                                .header("ce-traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01"),
                        byte[].class);

        List<SpanData> spans = OTEL.getSpans();
        assertThat(spans).hasSize(2).allSatisfy(span -> {
            assertThat(span.getParentSpanContext().isValid()).isFalse();
            assertThat(span.getTraceId()).isNotEqualTo("00000000000000000000000000000000");
        });
        assertThat(untraced.header("ce-traceparent")).contains(spans.get(0).getSpanId());
        assertThat(invalid.header("ce-traceparent")).contains(spans.get(1).getSpanId());
    }

    @Test
    void anUnknownTypeIsNamedAsSuchAndHandlingLeavesNoSpanOrLogContextBehind() {
        var event = CloudEventBuilder.v1()
                .withId("evt-6")
                .withSource(URI.create("/tests"))
                .withType("com.example.anything-at-all.v" + System.nanoTime())
                .withSubject(TASK)
                .withExtension("traceparent", PARENT)
                .build();

        dispatcher.dispatch(event);

        assertThat(onlySpan("process unknown type").getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(Span.current().getSpanContext().isValid()).isFalse();
        assertThat(MDC.getCopyOfContextMap()).doesNotContainKeys("task", "event", "type", "trace");
    }

    @Test
    void sendingIsAProducerSpanWhoseContextTheEventCarries() {
        String sent;
        try (var span = EventSpans.sending(EventType.JOB_DESCRIPTION_REQUESTED.name(), "evt-5", TASK, PARENT)) {
            sent = span.traceparent().orElseThrow();
        }

        SpanData sending = onlySpan("send " + EventType.JOB_DESCRIPTION_REQUESTED.name());
        assertThat(sending.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(sending.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(sent).isEqualTo("00-" + TRACE + "-" + sending.getSpanId() + "-01");
    }

    private static SpanData onlySpan(String name) {
        assertThat(OTEL.getSpans()).extracting(SpanData::getName).containsExactly(name);
        return OTEL.getSpans().get(0);
    }

    private static MutableHttpRequest<byte[]> request(String id, EventType type, String data) {
        return request(id, type, data, TASK);
    }

    private static MutableHttpRequest<byte[]> request(String id, EventType type, String data, String subject) {
        return HttpRequest.POST("/", data.getBytes(StandardCharsets.UTF_8))
                .headers(Map.of(
                        "ce-specversion",
                        "1.0",
                        "ce-id",
                        id,
                        "ce-source",
                        "/tests",
                        "ce-type",
                        type.name(),
                        "ce-subject",
                        subject))
                .contentType("application/json");
    }

    private static String jd() {
        return Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED);
    }

    private static String questions(int count) {
        return Fixtures.data(EventType.INTERVIEW_QUESTIONS_REQUESTED).replace("\"count\": 8", "\"count\": " + count);
    }
}
