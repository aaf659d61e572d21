package io.hrassist.api.messaging;

import io.cloudevents.CloudEvent;
import io.hrassist.events.rabbitmq.RabbitEvents;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Publishes events to the RabbitMQ exchange and waits for the publisher confirm. */
@Singleton
@Requires(property = "hr-assist.transport", value = "rabbitmq")
class RabbitEventSink implements EventSink {

    private final RabbitEvents events;

    RabbitEventSink(RabbitEvents events) {
        this.events = events;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void deliver(CloudEvent event) throws DeliveryException {
        try {
            events.publish(event);
        } catch (RuntimeException e) {
            throw new DeliveryException("RabbitMQ: " + e);
        }
    }
}
