package io.hrassist.events.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BasicProperties;
import com.rabbitmq.client.Envelope;
import io.cloudevents.CloudEvent;
import io.cloudevents.rw.CloudEventRWException;
import io.hrassist.events.binding.CloudEventData;
import io.hrassist.events.binding.CloudEventDispatcher;
import io.hrassist.events.binding.CloudEventDispatcher.Outcome;
import io.hrassist.events.binding.InvalidEventException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.Nullable;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes this service's queue ({@code hr-assist.rabbitmq.queue}) and hands each CloudEvent to the same handlers as
 * {@code POST /}. A message is acknowledged only after its outcome is safe with the broker:
 *
 * <ul>
 *   <li>a reply is published (confirmed) before the ack, so a crash in between redelivers the event and the
 *       handler's reply id makes the second reply a harmless duplicate;
 *   <li>an invalid event (not a CloudEvent, unknown type, bad data, a type other than the routing key the broker
 *       authorised) is dead-lettered at once with the reason;
 *   <li>a failure a retry may fix is redelivered after a growing delay, and dead-lettered when it has used up
 *       {@code delivery-limit} deliveries; RabbitMQ's own delivery limit catches events whose consumer keeps dying.
 * </ul>
 */
@RabbitListener
@Requires(property = "hr-assist.transport", value = "rabbitmq")
@Requires(property = "hr-assist.rabbitmq.queue")
class CloudEventQueueListener {

    private static final Logger LOG = LoggerFactory.getLogger(CloudEventQueueListener.class);

    private final CloudEventDispatcher dispatcher;
    private final RabbitEvents events;
    private final RabbitSettings settings;
    private final TaskScheduler scheduler;
    private final String queue;
    private final long maxMessageSize;

    CloudEventQueueListener(
            CloudEventDispatcher dispatcher,
            RabbitEvents events,
            RabbitSettings settings,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
            @Value("${hr-assist.rabbitmq.queue}") String queue,
            @Value("${hr-assist.rabbitmq.max-message-size:1MB}") @ReadableBytes long maxMessageSize) {
        this.dispatcher = dispatcher;
        this.events = events;
        this.settings = settings;
        this.scheduler = scheduler;
        this.queue = queue;
        this.maxMessageSize = maxMessageSize;
    }

    @PostConstruct
    void checkRouting() {
        List<String> routed = Topology.QUEUES.get(queue);
        if (routed == null || !dispatcher.types().containsAll(routed)) {
            throw new IllegalStateException("hr-assist.rabbitmq.queue is " + queue + ", which carries " + routed
                    + ", but this service handles " + dispatcher.types());
        }
    }

    @Queue(
            value = "${hr-assist.rabbitmq.prefix:}${hr-assist.rabbitmq.queue}",
            prefetch = 4,
            numberOfConsumers = "${hr-assist.rabbitmq.consumers:2}")
    void receive(
            @MessageBody byte[] body,
            BasicProperties basicProperties,
            Envelope envelope,
            RabbitAcknowledgement acknowledgement) {
        // the client hands over AMQP.BasicProperties; the binder only knows the interface
        var properties = (AMQP.BasicProperties) basicProperties;
        CloudEvent event;
        try {
            event = accepted(body, properties, envelope);
        } catch (InvalidEventException e) {
            reject(properties, body, acknowledgement, e.getMessage());
            return;
        }
        passOn(dispatcher.dispatch(event), event, properties, body, envelope, acknowledgement);
    }

    /** The message as a CloudEvent this queue may carry; throws {@link InvalidEventException} saying why not. */
    private CloudEvent accepted(byte[] body, AMQP.BasicProperties properties, Envelope envelope) {
        if (body.length > maxMessageSize) {
            throw new InvalidEventException(
                    "Message too large: " + body.length + " bytes, the limit is " + maxMessageSize);
        }
        CloudEvent event;
        try {
            event = CloudEventData.checked(AmqpCloudEvents.read(properties, body));
        } catch (CloudEventRWException | InvalidEventException | IllegalStateException e) {
            throw new InvalidEventException("Invalid CloudEvent: " + e.getMessage(), e);
        }
        if (settings.exchangeName().equals(envelope.getExchange())
                && !event.getType().equals(envelope.getRoutingKey())) {
            // the broker checks a publisher's topic permissions against the routing key only
            throw new InvalidEventException(
                    "Type " + event.getType() + " does not match the routing key " + envelope.getRoutingKey());
        }
        return event;
    }

    /** Publishes the reply, dead-letters a rejected event or retries a failed one, then settles the message. */
    private void passOn(
            Outcome outcome,
            CloudEvent event,
            AMQP.BasicProperties properties,
            byte[] body,
            Envelope envelope,
            RabbitAcknowledgement acknowledgement) {
        try {
            if (outcome instanceof Outcome.Replied replied) {
                events.publish(replied.reply());
            } else if (outcome instanceof Outcome.Rejected rejected) {
                events.deadLetter(properties, body, queue, rejected.title() + ": " + rejected.detail());
            } else if (outcome instanceof Outcome.Failed failed) {
                retryOrGiveUp(event, properties, body, acknowledgement, failed.detail());
                return;
            }
            acknowledgement.ack();
        } catch (RuntimeException e) {
            LOG.warn(
                    "{} {}: could not pass on the outcome ({}); it will be redelivered",
                    event.getType(),
                    event.getId(),
                    e.toString());
            redeliverLater(acknowledgement, deliveries(properties, envelope));
        }
    }

    private void reject(
            AMQP.BasicProperties properties, byte[] body, RabbitAcknowledgement acknowledgement, String error) {
        LOG.warn("Dead-lettering a message from {}: {}", queue, error);
        try {
            events.deadLetter(properties, body, queue, error);
            acknowledgement.ack();
        } catch (RuntimeException e) {
            LOG.warn("Could not dead-letter it ({}); it will be redelivered", e.toString());
            redeliverLater(acknowledgement, 1);
        }
    }

    private void retryOrGiveUp(
            CloudEvent event,
            AMQP.BasicProperties properties,
            byte[] body,
            RabbitAcknowledgement acknowledgement,
            String detail) {
        int deliveries = deliveries(properties, null);
        if (deliveries >= settings.deliveryLimit()) {
            events.deadLetter(properties, body, queue, "Handling failed " + deliveries + " times: " + detail);
            acknowledgement.ack();
            return;
        }
        LOG.warn(
                "{} {} failed on delivery {} of {}; retrying",
                event.getType(),
                event.getId(),
                deliveries,
                settings.deliveryLimit());
        redeliverLater(acknowledgement, deliveries);
    }

    /** Returns the message to the queue after the backoff for its {@code deliveries}-th failed delivery. */
    private void redeliverLater(RabbitAcknowledgement acknowledgement, int deliveries) {
        Duration delay = settings.retryDelay(deliveries);
        scheduler.schedule(delay, () -> {
            try {
                acknowledgement.nack(false, true);
            } catch (RuntimeException e) {
                // the channel is gone: the broker redelivers the message anyway
                LOG.debug("nack failed", e);
            }
        });
    }

    /** This delivery's number, counting from 1 (quorum queues count earlier ones in {@code x-delivery-count}). */
    private static int deliveries(AMQP.BasicProperties properties, @Nullable Envelope envelope) {
        Object count =
                properties.getHeaders() == null ? null : properties.getHeaders().get("x-delivery-count");
        if (count instanceof Number number) {
            return number.intValue() + 1;
        }
        return envelope != null && envelope.isRedeliver() ? 2 : 1;
    }
}
