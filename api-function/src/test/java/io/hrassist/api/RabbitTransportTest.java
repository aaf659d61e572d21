package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.GetResponse;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.hrassist.events.EventIds;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.Fixtures;
import io.hrassist.events.rabbitmq.AmqpCloudEvents;
import io.hrassist.events.rabbitmq.Topology;
import io.hrassist.events.rabbitmq.testing.TestRabbit;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The API on the RabbitMQ transport, against a real RabbitMQ: request events leave through the exchange, results come
 * back through {@code task_results_queue}, and whatever is dead-lettered ends its task as failed with the reason.
 */
@MicronautTest
class RabbitTransportTest extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private TestRabbit rabbit;

    @Override
    protected Map<String, String> extraProperties() {
        rabbit = TestRabbit.require();
        var properties = new HashMap<String, String>();
        rabbit.properties(Topology.RESULTS_QUEUE).forEach((k, v) -> properties.put(k, v.toString()));
        properties.put("hr-assist.rabbitmq.delivery-limit", "2");
        properties.put("hr-assist.rabbitmq.retry-delay", "50ms");
        return properties;
    }

    @Inject
    ApplicationContext context;

    @AfterAll
    void deleteQueues() throws Exception {
        context.stop(); // consumers first, so none sees its queue vanish
        rabbit.close();
    }

    @Test
    void requestGoesOutThroughTheExchangeAndTheResultComesBack() throws Exception {
        String task = startJobDescription();

        GetResponse request = rabbit.take(Topology.JOB_DESCRIPTION_QUEUE, WAIT);
        assertThat(request).as("request event in job_description_queue").isNotNull();
        CloudEvent event = AmqpCloudEvents.read(request.getProps(), request.getBody());
        assertThat(event.getType()).isEqualTo(EventType.JOB_DESCRIPTION_REQUESTED.name());
        assertThat(event.getSubject()).isEqualTo(task);
        assertThat(request.getProps().getHeaders()).containsKey("cloudEvents:dataschema");

        publish(result(
                event, EventType.JOB_DESCRIPTION_GENERATED.name(), Fixtures.data(EventType.JOB_DESCRIPTION_GENERATED)));

        JsonNode done = awaitEnded(task);
        assertThat(done.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.get("result").get("markdown").asText()).isNotBlank();
    }

    @Test
    void anInvalidResultEndsItsTaskAsFailedWithTheReason() throws Exception {
        String task = startJobDescription();
        CloudEvent request = request(task);

        publish(result(request, EventType.JOB_DESCRIPTION_GENERATED.name(), "{\"language\":\"en\"}"));

        JsonNode failed = awaitEnded(task);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("error").asText())
                .startsWith(
                        "Delivery of " + EventType.JOB_DESCRIPTION_GENERATED.name() + " failed: Invalid event data");
        assertThat(client.toBlocking()
                        .exchange(HttpRequest.GET("/health/readiness"))
                        .code())
                .isEqualTo(200);
    }

    @Test
    void anEventRabbitMqDeadLettersAtItsDeliveryLimitEndsItsTaskAsFailed() throws Exception {
        String task = startJobDescription();
        String queue = rabbit.prefix() + Topology.JOB_DESCRIPTION_QUEUE;
        // a consumer that keeps failing without ever settling the event, as a crashing function would
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            GetResponse delivery = rabbit.channel().basicGet(queue, false);
            if (delivery == null) {
                if (rabbit.ready(Topology.JOB_DESCRIPTION_QUEUE) == 0 && ended(task)) {
                    break;
                }
                Thread.sleep(50);
                continue;
            }
            rabbit.channel().basicNack(delivery.getEnvelope().getDeliveryTag(), false, true);
        }

        JsonNode failed = awaitEnded(task);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("error").asText())
                .isEqualTo("Delivery of " + EventType.JOB_DESCRIPTION_REQUESTED.name()
                        + " failed: dead-lettered by RabbitMQ (delivery_limit) from " + queue);
    }

    @Test
    void aFailureReplyEndsItsTask() throws Exception {
        String task = startJobDescription();
        CloudEvent request = request(task);

        publish(result(request, EventType.TASK_FAILED.name(), Fixtures.data(EventType.TASK_FAILED)));

        assertThat(awaitEnded(task).get("error").asText()).startsWith("UNSUPPORTED_DOCUMENT");
    }

    private String startJobDescription() {
        String vacancy =
                createVacancy("Platform Engineer", "Kubernetes").get("id").asText();
        return call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/job-description", ""))
                .get("id")
                .asText();
    }

    /** The request event of {@code task} from jd-function's queue (requests of other tests' tasks are dropped). */
    private CloudEvent request(String task) throws Exception {
        while (true) {
            GetResponse taken = rabbit.take(Topology.JOB_DESCRIPTION_QUEUE, WAIT);
            assertThat(taken).as("request event of " + task).isNotNull();
            CloudEvent event = AmqpCloudEvents.read(taken.getProps(), taken.getBody());
            if (task.equals(event.getSubject())) {
                return event;
            }
        }
    }

    /** The reply jd-function sends to {@code request}. */
    private static CloudEvent result(CloudEvent request, String type, String data) {
        return CloudEventBuilder.v1()
                .withId(EventIds.reply(request.getSource(), request.getId(), type))
                .withSource(URI.create("/hr-assist/jd-function"))
                .withType(type)
                .withSubject(request.getSubject())
                .withDataContentType("application/json")
                .withData(data.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private void publish(CloudEvent event) throws Exception {
        var message = AmqpCloudEvents.write(event, Map.of());
        rabbit.channel()
                .basicPublish(rabbit.prefix() + "hr-assist", event.getType(), message.properties(), message.body());
    }

    private boolean ended(String task) {
        return !call(HttpRequest.GET("/api/v1/tasks/" + task))
                .get("status")
                .asText()
                .equals("PENDING");
    }

    private JsonNode awaitEnded(String task) {
        return await().atMost(WAIT)
                .until(
                        () -> call(HttpRequest.GET("/api/v1/tasks/" + task)),
                        current -> !current.get("status").asText().equals("PENDING"));
    }
}
