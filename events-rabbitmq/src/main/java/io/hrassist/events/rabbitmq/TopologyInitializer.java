package io.hrassist.events.rabbitmq;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import io.micronaut.context.annotation.Requires;
import io.micronaut.rabbitmq.connect.ChannelInitializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Declares the whole {@link Topology} when the connection comes up (and the client declares it again after a
 * reconnect). Every service declares all of it, with the same arguments, so an event is never published to an exchange
 * whose queue does not exist yet, whatever starts first.
 *
 * <p>Queues are durable quorum queues with a delivery limit; what exceeds it, or is dead-lettered by a consumer, goes
 * through the dead-letter exchange to {@link Topology#DEAD_LETTER_QUEUE} (at-least-once dead-lettering).
 */
@Singleton
@Requires(property = "hr-assist.transport", value = "rabbitmq")
class TopologyInitializer extends ChannelInitializer {

    private final RabbitSettings settings;

    TopologyInitializer(RabbitSettings settings) {
        this.settings = settings;
    }

    @Override
    public void initialize(Channel channel, String name) throws IOException {
        channel.exchangeDeclare(settings.exchangeName(), BuiltinExchangeType.TOPIC, true);
        channel.exchangeDeclare(settings.deadLetterExchangeName(), BuiltinExchangeType.FANOUT, true);
        String deadLetters = settings.queueName(Topology.DEAD_LETTER_QUEUE);
        channel.queueDeclare(deadLetters, true, false, false, Map.of("x-queue-type", "quorum"));
        channel.queueBind(deadLetters, settings.deadLetterExchangeName(), "");
        Map<String, Object> arguments = Map.of(
                "x-queue-type", "quorum",
                "x-delivery-limit", settings.getDeliveryLimit(),
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
}
