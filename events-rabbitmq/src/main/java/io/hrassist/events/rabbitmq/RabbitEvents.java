package io.hrassist.events.rabbitmq;

import com.rabbitmq.client.AMQP;
import io.cloudevents.CloudEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.rabbitmq.reactive.RabbitPublishState;
import io.micronaut.rabbitmq.reactive.ReactivePublisher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Publishes CloudEvents to the exchange (routing key: the event type) and dead letters to the dead-letter exchange,
 * each waiting for the broker's publisher confirm: a method that returns normally means RabbitMQ has the message.
 */
@Singleton
@Requires(property = "hr-assist.transport", value = "rabbitmq")
public class RabbitEvents {

    /** Why an event was dead-lettered by a consumer. */
    public static final String ERROR_HEADER = "x-hr-assist-error";
    /** The queue the dead letter came from. */
    public static final String QUEUE_HEADER = "x-hr-assist-queue";

    private final ReactivePublisher publisher;
    private final RabbitSettings settings;

    RabbitEvents(@Named("default") ReactivePublisher publisher, RabbitSettings settings) {
        this.publisher = publisher;
        this.settings = settings;
    }

    /** Publishes {@code event}; throws when the broker did not confirm it in time. */
    public void publish(CloudEvent event) {
        var message = AmqpCloudEvents.write(event, Map.of());
        confirm(new RabbitPublishState(settings.exchangeName(), event.getType(), message.properties(), message.body()));
    }

    /** Sends a received message, unchanged but for the reason, to the dead-letter queue. */
    public void deadLetter(AMQP.BasicProperties properties, byte[] body, String queue, String error) {
        var headers = new HashMap<String, Object>();
        if (properties.getHeaders() != null) {
            headers.putAll(properties.getHeaders());
        }
        headers.put(ERROR_HEADER, error.length() > 2000 ? error.substring(0, 2000) : error);
        headers.put(QUEUE_HEADER, queue);
        var deadLetter = properties.builder().headers(headers).deliveryMode(2).build();
        confirm(new RabbitPublishState(settings.deadLetterExchangeName(), queue, deadLetter, body));
    }

    private void confirm(RabbitPublishState state) {
        Mono.from(publisher.publishAndConfirm(state)).block(settings.confirmTimeout());
    }
}
