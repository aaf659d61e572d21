package io.hrassist.events.rabbitmq;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.rabbitmq.exception.DefaultRabbitListenerExceptionHandler;
import io.micronaut.rabbitmq.exception.RabbitListenerException;
import jakarta.inject.Singleton;

/**
 * Fails the start when the broker refuses a listener its queue (ACCESS_REFUSED on {@code basic.consume}): the default
 * handler only logs it, leaving a service that looks up but never receives an event.
 */
@Singleton
@Replaces(DefaultRabbitListenerExceptionHandler.class)
@Requires(property = "hr-assist.transport", value = "rabbitmq")
class RefusalFailingExceptionHandler extends DefaultRabbitListenerExceptionHandler {

    @Override
    public void handle(RabbitListenerException exception) {
        AccessRefusal.of(exception).ifPresent(reason -> {
            throw AccessRefusal.failure(reason);
        });
        super.handle(exception);
    }
}
