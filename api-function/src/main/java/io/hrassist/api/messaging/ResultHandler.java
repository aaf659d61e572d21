package io.hrassist.api.messaging;

import io.hrassist.api.domain.RecordResult;
import io.hrassist.api.domain.RecordResult.Delivery;
import io.hrassist.api.domain.RecordResult.Outcome;
import io.hrassist.api.domain.RejectedResultException;
import io.hrassist.events.EventType;
import io.hrassist.events.binding.CloudEventHandler;
import io.hrassist.events.binding.IncomingEvent;
import io.hrassist.events.binding.InvalidEventException;
import io.hrassist.events.binding.Reply;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Records a result event of one type as the outcome of its task; answers with no event, or rejects a result that does
 * not answer its task (400 over HTTP, dead-lettered over RabbitMQ).
 */
final class ResultHandler<T> implements CloudEventHandler<T> {

    private final EventType<T> type;
    private final RecordResult recordResult;
    private final BiFunction<Delivery, T, Outcome> outcome;

    private ResultHandler(EventType<T> type, RecordResult recordResult, BiFunction<Delivery, T, Outcome> outcome) {
        this.type = type;
        this.recordResult = recordResult;
        this.outcome = outcome;
    }

    /** A result that completes its task successfully. */
    static <T> ResultHandler<T> succeeded(EventType<T> type, RecordResult recordResult) {
        return new ResultHandler<>(type, recordResult, Outcome.Succeeded::new);
    }

    /** A result that ends its task as failed with the reason {@code error} reads from it. */
    static <T> ResultHandler<T> failed(EventType<T> type, RecordResult recordResult, Function<T, String> error) {
        return new ResultHandler<>(
                type, recordResult, (delivery, data) -> new Outcome.Failed(delivery, error.apply(data)));
    }

    @Override
    public EventType<T> type() {
        return type;
    }

    @Override
    public Optional<Reply<?>> handle(IncomingEvent<T> event) {
        var delivery = new Delivery(event.source().toString(), event.id(), event.type(), event.subject());
        try {
            recordResult.record(outcome.apply(delivery, event.data()));
        } catch (RejectedResultException e) {
            throw new InvalidEventException("Result rejected: " + e.getMessage());
        }
        return Optional.empty();
    }
}
