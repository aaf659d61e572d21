package io.hrassist.events.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.rabbitmq.connect.ChannelInitializer;
import io.micronaut.rabbitmq.connect.ChannelPool;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Makes sure the whole {@link Topology} exists when the connection comes up. With {@code hr-assist.rabbitmq.declare}
 * (the default) it declares it, with the same arguments in every component, so an event is never published to an
 * exchange whose queue does not exist yet, whatever starts first. Without it (a least-privilege user with no configure
 * rights) it only checks, by passive declares that need no rights, and waits up to {@code topology-wait} for the
 * operator or the API to create it. Either way a missing topology or an ACCESS_REFUSED fails the start.
 *
 * <p>Queues are durable quorum queues with a delivery limit; what exceeds it, or is dead-lettered by a consumer, goes
 * through the dead-letter exchange to {@link Topology#DEAD_LETTER_QUEUE} (at-least-once dead-lettering).
 */
@Singleton
@Requires(property = "hr-assist.transport", value = "rabbitmq")
class TopologyInitializer extends ChannelInitializer {

    private static final long POLL_MILLIS = 500;

    private final RabbitSettings settings;

    TopologyInitializer(RabbitSettings settings) {
        this.settings = settings;
    }

    /** Unlike the base class, which logs and carries on, a failure here fails the start. */
    @Override
    public ChannelPool onCreated(BeanCreatedEvent<ChannelPool> event) {
        ChannelPool pool = event.getBean();
        Channel channel;
        try {
            channel = pool.getChannel();
        } catch (IOException | RuntimeException e) {
            // the broker is not up yet (TemporarilyDownException): the base class initializes once it is
            return super.onCreated(event);
        }
        try {
            initialize(channel, pool.getName());
        } catch (IOException e) {
            throw AccessRefusal.of(e)
                    .map(AccessRefusal::failure)
                    .orElseGet(() -> new IllegalStateException("Could not declare the RabbitMQ topology: " + e, e));
        } finally {
            pool.returnChannel(channel);
        }
        return pool;
    }

    @Override
    public void initialize(Channel channel, String name) throws IOException {
        if (settings.declare()) {
            declare(channel);
        } else {
            awaitTopology(channel.getConnection());
        }
    }

    private void declare(Channel channel) throws IOException {
        channel.exchangeDeclare(settings.exchangeName(), BuiltinExchangeType.TOPIC, true);
        channel.exchangeDeclare(settings.deadLetterExchangeName(), BuiltinExchangeType.FANOUT, true);
        String deadLetters = settings.queueName(Topology.DEAD_LETTER_QUEUE);
        channel.queueDeclare(deadLetters, true, false, false, Map.of("x-queue-type", "quorum"));
        channel.queueBind(deadLetters, settings.deadLetterExchangeName(), "");
        Map<String, Object> arguments = Map.of(
                "x-queue-type", "quorum",
                "x-delivery-limit", settings.deliveryLimit(),
                "x-dead-letter-exchange", settings.deadLetterExchangeName(),
                "x-dead-letter-strategy", "at-least-once",
                "x-overflow", "reject-publish");
        for (Map.Entry<String, List<String>> queue : Topology.QUEUES.entrySet()) {
            String queueName = settings.queueName(queue.getKey());
            channel.queueDeclare(queueName, true, false, false, arguments);
            for (String type : queue.getValue()) {
                channel.queueBind(queueName, settings.exchangeName(), type);
            }
        }
    }

    private void awaitTopology(Connection connection) throws IOException {
        Instant deadline = Instant.now().plus(settings.topologyWait());
        List<String> missing = missing(connection);
        while (!missing.isEmpty()) {
            if (!Instant.now().isBefore(deadline)) {
                throw new IllegalStateException("The RabbitMQ topology is incomplete after waiting "
                        + settings.topologyWait() + " (hr-assist.rabbitmq.topology-wait): missing " + missing
                        + ". With hr-assist.rabbitmq.declare=false the operator or the API must create it.");
            }
            sleep();
            missing = missing(connection);
        }
    }

    /** The exchanges and queues that do not exist (yet), found by passive declares. */
    private List<String> missing(Connection connection) throws IOException {
        var missing = new ArrayList<String>();
        for (String exchange : List.of(settings.exchangeName(), settings.deadLetterExchangeName())) {
            if (!exists(connection, channel -> channel.exchangeDeclarePassive(exchange))) {
                missing.add("exchange " + exchange);
            }
        }
        var queues = new ArrayList<>(Topology.QUEUES.keySet());
        queues.add(Topology.DEAD_LETTER_QUEUE);
        for (String queue : queues) {
            String queueName = settings.queueName(queue);
            if (!exists(connection, channel -> channel.queueDeclarePassive(queueName))) {
                missing.add("queue " + queueName);
            }
        }
        return missing;
    }

    /** Runs a passive declare on its own channel, since a NOT_FOUND closes the channel. */
    private static boolean exists(Connection connection, PassiveDeclare declare) throws IOException {
        Channel channel = connection.createChannel();
        try {
            declare.run(channel);
            return true;
        } catch (IOException e) {
            if (e.getCause() instanceof ShutdownSignalException signal
                    && signal.getReason() instanceof AMQP.Channel.Close close
                    && close.getReplyCode() == AMQP.NOT_FOUND) {
                return false;
            }
            throw e;
        } finally {
            if (channel.isOpen()) {
                try {
                    channel.close();
                } catch (TimeoutException e) {
                    channel.abort();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the RabbitMQ topology", e);
        }
    }

    @FunctionalInterface
    private interface PassiveDeclare {
        void run(Channel channel) throws IOException;
    }
}
