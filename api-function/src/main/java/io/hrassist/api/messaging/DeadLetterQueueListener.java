package io.hrassist.api.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BasicProperties;
import io.cloudevents.CloudEvent;
import io.hrassist.events.rabbitmq.AmqpCloudEvents;
import io.hrassist.events.rabbitmq.RabbitEvents;
import io.micronaut.context.annotation.Requires;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code dead_letter_queue}: every event that a consumer gave up on (with its reason in
 * {@code x-hr-assist-error}) or that RabbitMQ dead-lettered itself (delivery limit, with {@code x-death}) ends its task
 * as failed. A message that is not even a CloudEvent names no task: it is logged and dropped.
 */
@RabbitListener
@Requires(property = "hr-assist.transport", value = "rabbitmq")
class DeadLetterQueueListener {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterQueueListener.class);

    private final DeadLetters deadLetters;
    private final TaskScheduler scheduler;

    DeadLetterQueueListener(DeadLetters deadLetters, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.deadLetters = deadLetters;
        this.scheduler = scheduler;
    }

    @Queue(value = "${hr-assist.rabbitmq.prefix:}dead_letter_queue", prefetch = 4)
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        Map<String, Object> headers = properties.getHeaders() == null ? Map.of() : properties.getHeaders();
        CloudEvent event;
        try {
            event = AmqpCloudEvents.read((AMQP.BasicProperties) properties, body);
        } catch (RuntimeException e) {
            LOG.warn("Dropping a dead letter that is no CloudEvent ({}): {}", e.getMessage(), reason(headers, "?"));
            acknowledgement.ack();
            return;
        }
        try {
            deadLetters.record(event, reason(headers, event.getType()));
            acknowledgement.ack();
        } catch (RuntimeException e) {
            LOG.warn("Recording dead letter {} failed ({}); retrying in a second", event.getId(), e.toString());
            scheduler.schedule(Duration.ofSeconds(1), () -> acknowledgement.nack(false, true));
        }
    }

    private static String reason(Map<String, Object> headers, String type) {
        Object error = headers.get(RabbitEvents.ERROR_HEADER);
        if (error != null) {
            return "Delivery of " + type + " failed: " + error;
        }
        Object death = headers.get("x-first-death-reason");
        var reason = new StringBuilder("Delivery of ").append(type).append(" failed: dead-lettered by RabbitMQ");
        if (death != null) {
            reason.append(" (").append(death).append(")");
        }
        if (headers.get("x-death") instanceof List<?> deaths
                && !deaths.isEmpty()
                && deaths.get(0) instanceof Map<?, ?> first) {
            reason.append(" from ").append(first.get("queue"));
        }
        return reason.toString();
    }
}
