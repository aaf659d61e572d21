package io.hrassist.events.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.Fixtures;
import io.hrassist.events.rabbitmq.testing.TestRabbit;
import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The RabbitMQ transport against a real RabbitMQ: a service consuming {@code job_description_queue} with test
 * handlers (see {@link TestHandlers}); replies land in the results queue, everything that cannot be handled in the
 * dead-letter queue with its reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloudEventQueueListenerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private TestRabbit rabbit;
    private ApplicationContext context;
    private RabbitEvents events;

    @BeforeAll
    void start() {
        rabbit = TestRabbit.require();
        var properties = new HashMap<>(rabbit.properties(Topology.JOB_DESCRIPTION_QUEUE));
        properties.put("hr-assist.rabbitmq.delivery-limit", 3);
        properties.put("hr-assist.rabbitmq.retry-delay", "50ms");
        context = ApplicationContext.run(properties, "rabbit-test");
        events = context.getBean(RabbitEvents.class);
    }

    @AfterAll
    void stop() throws Exception {
        if (context != null) {
            context.close();
        }
        if (rabbit != null) {
            rabbit.close();
        }
    }

    @Test
    void repliesGoToTheResultsQueueWithCloudEventHeaders() throws Exception {
        events.publish(request("r1", "task-1", Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED)));

        GetResponse response = rabbit.take(Topology.RESULTS_QUEUE, WAIT);
        assertThat(response).isNotNull();
        assertThat(response.getProps().getHeaders())
                .containsKeys("cloudEvents:id", "cloudEvents:source", "cloudEvents:type", "cloudEvents:specversion");
        assertThat(response.getProps().getContentType()).isEqualTo("application/json");
        CloudEvent reply = AmqpCloudEvents.read(response.getProps(), response.getBody());
        assertThat(reply.getType()).isEqualTo(EventType.JOB_DESCRIPTION_GENERATED.name());
        assertThat(reply.getSubject()).isEqualTo("task-1");
        assertThat(response.getEnvelope().getRoutingKey()).isEqualTo(EventType.JOB_DESCRIPTION_GENERATED.name());
        assertThat(new String(reply.getData().toBytes(), StandardCharsets.UTF_8))
                .contains("\"markdown\"");
    }

    @Test
    void aRedeliveredRequestGetsTheSameReplyId() throws Exception {
        CloudEvent request = request("r2", "task-2", Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED));
        events.publish(request);
        events.publish(request);

        CloudEvent first = read(rabbit.take(Topology.RESULTS_QUEUE, WAIT));
        CloudEvent second = read(rabbit.take(Topology.RESULTS_QUEUE, WAIT));
        assertThat(second.getId()).isEqualTo(first.getId());
    }

    @Test
    void structuredModeIsReadToo() throws Exception {
        CloudEvent request = request("r3", "task-3", Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED));
        byte[] body = EventFormatProvider.getInstance()
                .resolveFormat(JsonFormat.CONTENT_TYPE)
                .serialize(request);
        publishRaw(
                new AMQP.BasicProperties.Builder()
                        .contentType(JsonFormat.CONTENT_TYPE)
                        .build(),
                body);

        assertThat(read(rabbit.take(Topology.RESULTS_QUEUE, WAIT)).getSubject()).isEqualTo("task-3");
    }

    @Test
    void aMessageThatIsNoCloudEventIsDeadLetteredWithTheReason() throws Exception {
        publishRaw(new AMQP.BasicProperties.Builder().contentType("text/plain").build(), "hello".getBytes());

        assertDeadLettered("Invalid CloudEvent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "source", "type", "specversion"})
    void aMissingRequiredAttributeIsDeadLetteredNamingIt(String attribute) throws Exception {
        var headers = headers("r5-" + attribute, EventType.JOB_DESCRIPTION_REQUESTED.name());
        headers.remove("cloudEvents:" + attribute);
        publishRaw(
                props(headers),
                Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED).getBytes());

        String error = assertDeadLettered("Invalid CloudEvent");
        if (!attribute.equals("specversion")) { // without it the message is no CloudEvent at all
            assertThat(error).contains(attribute);
        }
    }

    @Test
    void aWrongSpecVersionIsDeadLettered() throws Exception {
        var headers = headers("r6", EventType.JOB_DESCRIPTION_REQUESTED.name());
        headers.put("cloudEvents:specversion", "0.1");
        publishRaw(
                props(headers),
                Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED).getBytes());

        assertDeadLettered("Invalid CloudEvent");
    }

    @Test
    void anUnknownTypeIsDeadLettered() throws Exception {
        publishRaw(props(headers("r7", "com.example.unknown")), "{}".getBytes());

        assertDeadLettered("Unsupported event type");
    }

    @Test
    void dataThatViolatesTheSchemaIsDeadLetteredWithTheField() throws Exception {
        events.publish(request("r8", "task-8", "{\"vacancy\":{\"title\":\"\"}}"));

        String error = assertDeadLettered("Invalid event data");
        assertThat(error).contains("title");
    }

    @Test
    void nonJsonDataIsDeadLettered() throws Exception {
        events.publish(request("r9", "task-9", "not json"));

        assertDeadLettered("Invalid event data");
    }

    @Test
    void aMessageOverTheSizeLimitIsDeadLettered() throws Exception {
        String huge = "{\"vacancy\":{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}";
        events.publish(request("r12", "task-12", huge));

        assertDeadLettered("Message too large");
    }

    @Test
    void aTransientFailureIsRetriedThenSucceeds() throws Exception {
        TestHandlers.failuresBeforeSuccess.set(2);
        events.publish(request("r10", "flaky", Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED)));

        assertThat(read(rabbit.take(Topology.RESULTS_QUEUE, WAIT)).getSubject()).isEqualTo("flaky");
        assertThat(TestHandlers.failuresBeforeSuccess.get()).isZero();
    }

    @Test
    void aFailureThatNeverEndsIsDeadLetteredAfterTheDeliveryLimit() throws Exception {
        events.publish(request("r11", "always-fails", Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED)));

        String error = assertDeadLettered("Handling failed 3 times");
        assertThat(error).contains("may be retried");
        assertThat(rabbit.ready(Topology.RESULTS_QUEUE)).isZero();
    }

    private String assertDeadLettered(String reason) throws Exception {
        GetResponse dead = rabbit.take(Topology.DEAD_LETTER_QUEUE, WAIT);
        assertThat(dead).as("a dead letter").isNotNull();
        String error =
                dead.getProps().getHeaders().get(RabbitEvents.ERROR_HEADER).toString();
        assertThat(error).startsWith(reason);
        assertThat(dead.getProps().getHeaders().get(RabbitEvents.QUEUE_HEADER).toString())
                .isEqualTo(Topology.JOB_DESCRIPTION_QUEUE);
        assertThat(rabbit.ready(Topology.JOB_DESCRIPTION_QUEUE)).isZero();
        return error;
    }

    private static CloudEvent request(String id, String subject, String data) {
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create("/test"))
                .withType(EventType.JOB_DESCRIPTION_REQUESTED.name())
                .withSubject(subject)
                .withDataContentType("application/json")
                .withData(data.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static Map<String, Object> headers(String id, String type) {
        var headers = new HashMap<String, Object>();
        headers.put("cloudEvents:specversion", "1.0");
        headers.put("cloudEvents:id", id);
        headers.put("cloudEvents:source", "/test");
        headers.put("cloudEvents:type", type);
        headers.put("cloudEvents:subject", "task-" + id);
        return headers;
    }

    private static AMQP.BasicProperties props(Map<String, Object> headers) {
        return new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .headers(headers)
                .build();
    }

    /** Straight into the service's queue, past the exchange (as a misbehaving publisher could). */
    private void publishRaw(AMQP.BasicProperties properties, byte[] body) throws Exception {
        rabbit.channel().basicPublish("", rabbit.prefix() + Topology.JOB_DESCRIPTION_QUEUE, properties, body);
    }

    private static CloudEvent read(GetResponse response) {
        assertThat(response).isNotNull();
        return AmqpCloudEvents.read(response.getProps(), response.getBody());
    }
}
