package io.hrassist.api.messaging;

import io.cloudevents.CloudEvent;

/** Where the outbox relay delivers request events: the broker's HTTP ingress ({@code K_SINK}) or RabbitMQ. */
interface EventSink {

    /** False while there is nowhere to deliver to; events then wait in the outbox. */
    boolean available();

    /** Delivers {@code event}; returns normally only when the broker has accepted it. */
    void deliver(CloudEvent event) throws DeliveryException;

    /** The broker did not accept an event; the relay tries again later. */
    final class DeliveryException extends Exception {

        DeliveryException(String message) {
            super(message);
        }
    }
}
