package io.hrassist.events.rabbitmq.testing;

import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.hrassist.events.rabbitmq.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;

/**
 * The RabbitMQ that tests use: the one named by {@code HR_ASSIST_TEST_RABBITMQ_URI} (CI sets it to its real RabbitMQ).
 * Without it, RabbitMQ tests are skipped: the transport relies on quorum queues and dead-lettering, which no embedded
 * AMQP broker offers. Each instance works under its own name prefix and deletes its queues and exchanges when closed.
 */
public final class TestRabbit implements AutoCloseable {

    public static final String URI_VARIABLE = "HR_ASSIST_TEST_RABBITMQ_URI";

    private final String uri;
    private final String prefix = "test-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    private final Connection connection;
    private final Channel channel;

    private TestRabbit(String uri) throws Exception {
        this.uri = uri;
        var factory = new ConnectionFactory();
        factory.setUri(uri);
        this.connection = factory.newConnection("hr-assist-test");
        this.channel = connection.createChannel();
    }

    /** The test RabbitMQ, or the test is skipped when none is configured. */
    public static TestRabbit require() {
        String uri = System.getenv(URI_VARIABLE);
        Assumptions.assumeTrue(
                uri != null && !uri.isBlank(), URI_VARIABLE + " is not set: RabbitMQ transport tests skipped");
        try {
            return new TestRabbit(uri);
        } catch (Exception e) {
            throw new IllegalStateException("RabbitMQ at " + URI_VARIABLE + " is not reachable", e);
        }
    }

    public String uri() {
        return uri;
    }

    public String prefix() {
        return prefix;
    }

    /** Configuration of a service on this test's RabbitMQ and names. */
    public Map<String, Object> properties(String queue) {
        var properties = new java.util.HashMap<String, Object>(Map.of(
                "hr-assist.transport", "rabbitmq",
                "rabbitmq.uri", uri,
                "hr-assist.rabbitmq.prefix", prefix));
        if (queue != null) {
            properties.put("hr-assist.rabbitmq.queue", queue);
        }
        return properties;
    }

    public Channel channel() {
        return channel;
    }

    /** The next message in {@code queue} (acknowledged), waiting up to {@code timeout}; null when none came. */
    public GetResponse take(String queue, Duration timeout) {
        return take(channel, prefix + queue, timeout);
    }

    /** The next message in {@code queue} of {@code channel} (acknowledged), waiting up to {@code timeout}; or null. */
    public static GetResponse take(Channel channel, String queue, Duration timeout) {
        try {
            return await().atMost(timeout)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> channel.basicGet(queue, true), Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            return null;
        }
    }

    /** Messages ready in {@code queue}. */
    public long ready(String queue) throws Exception {
        return channel.messageCount(prefix + queue);
    }

    @Override
    public void close() throws Exception {
        List<String> queues = new ArrayList<>(Topology.QUEUES.keySet());
        queues.add(Topology.DEAD_LETTER_QUEUE);
        try (connection) {
            for (String queue : queues) {
                channel.queueDelete(prefix + queue);
            }
            channel.exchangeDelete(prefix + "hr-assist");
            channel.exchangeDelete(prefix + "hr-assist.dead-letter");
        }
    }
}
