package io.hrassist.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.hrassist.events.EventType;
import io.hrassist.events.rabbitmq.AmqpCloudEvents;
import io.hrassist.events.rabbitmq.testing.TestRabbit;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The delivery guarantees on the RabbitMQ transport, against a real RabbitMQ ({@code HR_ASSIST_TEST_RABBITMQ_URI}):
 * the common faults plus a broker restart, duplicated deliveries, poison messages and a soak of 2,000 tasks.
 */
class RabbitMqDeliveryTest extends DeliveryGuaranteesTest {

    private TestRabbit rabbit;

    @Override
    LocalSystem.Options options() {
        rabbit = TestRabbit.require();
        return new LocalSystem.Options(rabbit.uri(), rabbit.prefix(), false);
    }

    @AfterAll
    void deleteQueues() throws Exception {
        if (system != null) {
            system.close(); // the services first, so none sees its queues vanish
        }
        if (rabbit != null) {
            rabbit.close();
        }
    }

    @Test
    void aBrokerRestartLosesNothing() throws Exception {
        Assumptions.assumeTrue(run("rabbitmqctl", "status") == 0, "rabbitmqctl cannot control the test RabbitMQ here");
        Batch batch = submit(30);
        assertThat(run("rabbitmqctl", "stop_app")).isZero();
        Batch during = submit(6); // accepted by the API while the broker is down: they wait in the outbox
        Thread.sleep(2000);
        assertThat(run("rabbitmqctl", "start_app")).isZero();

        assertEveryTaskEndedOnce(batch);
        assertEveryTaskEndedOnce(during);
    }

    @Test
    void everyEventDeliveredTwiceChangesNothing() throws Exception {
        try (var duplicator = new Duplicator()) {
            assertEveryTaskEndedOnce(submit(30));
            assertThat(duplicator.copies).isGreaterThanOrEqualTo(60); // the requests and their results
        }
    }

    @Test
    void poisonMessagesEndTheirTaskWithTheReasonAndHarmNothingElse() throws Exception {
        String task = UUID.randomUUID().toString();
        var poison = CloudEventBuilder.v1()
                .withId("poison-1")
                .withSource(URI.create("/other-system"))
                .withType(EventType.INTERVIEW_QUESTIONS_REQUESTED.name())
                .withSubject(task)
                .withDataContentType("application/json")
                .withData("{\"vacancy\": {\"title\": \"\", \"language\": \"en\"}}".getBytes(StandardCharsets.UTF_8))
                .build();
        var message = AmqpCloudEvents.write(poison, Map.of());
        String exchange = rabbit.prefix() + "hr-assist";
        rabbit.channel().basicPublish(exchange, poison.getType(), message.properties(), message.body());
        rabbit.channel()
                .basicPublish(
                        exchange,
                        EventType.RESUME_EVALUATION_REQUESTED.name(),
                        new AMQP.BasicProperties.Builder()
                                .contentType("text/plain")
                                .build(),
                        "no cloud event at all".getBytes(StandardCharsets.UTF_8));

        var failed = awaitTask(task);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("error").asText())
                .startsWith(
                        "Delivery of " + EventType.INTERVIEW_QUESTIONS_REQUESTED.name() + " failed: Invalid event data")
                .contains("title");
        assertEveryTaskEndedOnce(submit(9));
        assertThat(rabbit.ready("dead_letter_queue")).isZero();
    }

    @Test
    @Tag("soak")
    void soakOf2000TasksWithAFunctionKilledOnTheWay() throws Exception {
        var killer = new Thread(() -> {
            try {
                Thread.sleep(5000);
                system.process("questions-function").kill();
                Thread.sleep(1000);
                system.process("questions-function").restart(Duration.ofSeconds(60));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        killer.start();
        Batch batch = submit(2000);
        killer.join();

        assertEveryTaskEndedOnce(batch);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor();
    }

    /**
     * Publishes every event that goes through the exchange a second time, as a broker or publisher that redelivers
     * would: a tap queue bound to all routing keys, whose copies carry a marker so they are not copied again.
     */
    private final class Duplicator implements AutoCloseable {

        private static final String MARKER = "x-test-copy";
        private final String tap;
        private final String tag;
        private volatile int copies;

        Duplicator() throws IOException {
            var channel = rabbit.channel();
            tap = channel.queueDeclare().getQueue();
            channel.queueBind(tap, rabbit.prefix() + "hr-assist", "#");
            tag = channel.basicConsume(tap, true, new DefaultConsumer(channel) {
                @Override
                public void handleDelivery(
                        String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
                        throws IOException {
                    var headers = new HashMap<String, Object>(
                            properties.getHeaders() == null ? Map.of() : properties.getHeaders());
                    if (headers.containsKey(MARKER)) {
                        return;
                    }
                    headers.put(MARKER, true);
                    getChannel()
                            .basicPublish(
                                    envelope.getExchange(),
                                    envelope.getRoutingKey(),
                                    properties.builder().headers(headers).build(),
                                    body);
                    copies++;
                }
            });
        }

        @Override
        public void close() throws IOException {
            rabbit.channel().basicCancel(tag);
            rabbit.channel().queueDelete(tap);
        }
    }
}
