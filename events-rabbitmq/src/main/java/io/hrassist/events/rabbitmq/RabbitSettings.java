package io.hrassist.events.rabbitmq;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code hr-assist.rabbitmq.*}: names and delivery policy of the RabbitMQ transport. The {@code prefix} goes before
 * every exchange and queue name, so several installations (or test runs) can share one virtual host.
 */
@ConfigurationProperties("hr-assist.rabbitmq")
public class RabbitSettings {

    private String prefix = "";
    private String exchange = "hr-assist";
    private String deadLetterExchange = "hr-assist.dead-letter";
    private int deliveryLimit = 10;
    private Duration retryDelay = Duration.ofSeconds(1);
    private Duration maxRetryDelay = Duration.ofSeconds(30);
    private Duration confirmTimeout = Duration.ofSeconds(10);
    private boolean declare = true;
    private Duration topologyWait = Duration.ofSeconds(60);

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getExchange() {
        return exchange;
    }

    public void setExchange(String exchange) {
        this.exchange = exchange;
    }

    public String getDeadLetterExchange() {
        return deadLetterExchange;
    }

    public void setDeadLetterExchange(String deadLetterExchange) {
        this.deadLetterExchange = deadLetterExchange;
    }

    /** Deliveries of one event before it is dead-lettered (failed handling, or a consumer that died with it). */
    public int getDeliveryLimit() {
        return deliveryLimit;
    }

    public void setDeliveryLimit(int deliveryLimit) {
        if (deliveryLimit < 1) {
            throw new IllegalArgumentException("hr-assist.rabbitmq.delivery-limit must be at least 1");
        }
        this.deliveryLimit = deliveryLimit;
    }

    /** Wait before the first redelivery of an event whose handling failed; doubled on each further one. */
    public Duration getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    public Duration getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Duration maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    /** How long a publish waits for the broker's confirm before it counts as failed. */
    public Duration getConfirmTimeout() {
        return confirmTimeout;
    }

    public void setConfirmTimeout(Duration confirmTimeout) {
        this.confirmTimeout = confirmTimeout;
    }

    /**
     * Whether this component declares the whole topology ({@code true}, needs configure rights) or only checks that
     * it exists (passive declares, no rights needed), as a component with a least-privilege user must.
     */
    public boolean isDeclare() {
        return declare;
    }

    public void setDeclare(boolean declare) {
        this.declare = declare;
    }

    /** With {@code declare} off: how long start waits for the operator or the API to create the topology. */
    public Duration getTopologyWait() {
        return topologyWait;
    }

    public void setTopologyWait(Duration topologyWait) {
        if (topologyWait.isNegative()) {
            throw new IllegalArgumentException("hr-assist.rabbitmq.topology-wait must not be negative");
        }
        this.topologyWait = topologyWait;
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
