package io.hrassist.events.rabbitmq;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.annotation.Nullable;
import java.time.Duration;

/**
 * {@code hr-assist.rabbitmq.*}: names and delivery policy of the RabbitMQ transport.
 *
 * @param prefix goes before every exchange and queue name, so several installations (or test runs) can share one
 *     virtual host
 * @param deliveryLimit deliveries of one event before it is dead-lettered (failed handling, or a consumer that died
 *     with it)
 * @param retryDelay wait before the first redelivery of an event whose handling failed; doubled on each further one, up
 *     to {@code maxRetryDelay}
 * @param confirmTimeout how long a publish waits for the broker's confirm before it counts as failed
 * @param declare whether this component declares the whole topology ({@code true}, needs configure rights) or only
 *     checks that it exists (passive declares, no rights needed), as a component with a least-privilege user must
 * @param topologyWait with {@code declare} off: how long start waits for the operator or the API to create the topology
 */
@ConfigurationProperties("hr-assist.rabbitmq")
public record RabbitSettings(
        @Nullable String prefix,
        @Bindable(defaultValue = "hr-assist") String exchange,
        @Bindable(defaultValue = "hr-assist.dead-letter") String deadLetterExchange,
        @Bindable(defaultValue = "10") int deliveryLimit,
        @Bindable(defaultValue = "1s") Duration retryDelay,
        @Bindable(defaultValue = "30s") Duration maxRetryDelay,
        @Bindable(defaultValue = "10s") Duration confirmTimeout,
        @Bindable(defaultValue = "true") boolean declare,
        @Bindable(defaultValue = "60s") Duration topologyWait) {

    public RabbitSettings {
        prefix = prefix == null ? "" : prefix;
        if (deliveryLimit < 1) {
            throw new IllegalArgumentException("hr-assist.rabbitmq.delivery-limit must be at least 1");
        }
        if (topologyWait.isNegative()) {
            throw new IllegalArgumentException("hr-assist.rabbitmq.topology-wait must not be negative");
        }
    }

    String exchangeName() {
        return prefix + exchange;
    }

    String deadLetterExchangeName() {
        return prefix + deadLetterExchange;
    }

    String queueName(String queue) {
        return prefix + queue;
    }

    Duration retryDelay(int deliveries) {
        long millis = retryDelay.toMillis() << Math.min(Math.max(deliveries - 1, 0), 20);
        return Duration.ofMillis(Math.min(millis, maxRetryDelay.toMillis()));
    }
}
