package io.hrassist.api.messaging;

import io.hrassist.api.domain.RecordResult;
import io.hrassist.api.domain.RecordResult.Delivery;
import io.hrassist.api.domain.RecordResult.Outcome;
import io.hrassist.api.domain.RejectedResultException;
import io.hrassist.events.http.CloudEventHandler;
import io.hrassist.events.http.IncomingEvent;
import io.hrassist.events.http.InvalidEventException;
import io.hrassist.events.http.Reply;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Records a result event of one type as the outcome of its task; answers with no event, or rejects a result that does
 * not answer its task (400 over HTTP, dead-lettered over RabbitMQ).
 */
final class ResultHandler<T> implements CloudEventHandler<T> {

    private final String type;
    private final Class<T> dataType;
    private final RecordResult recordResult;
    private final BiFunction<Delivery, T, Outcome> outcome;

    private ResultHandler(
            String type, Class<T> dataType, RecordResult recordResult, BiFunction<Delivery, T, Outcome> outcome) {
        this.type = type;
        this.dataType = dataType;
        this.recordResult = recordResult;
        this.outcome = outcome;
    }

    /** A result that completes its task successfully. */
    static <T> ResultHandler<T> succeeded(String type, Class<T> dataType, RecordResult recordResult) {
        return new ResultHandler<>(type, dataType, recordResult, Outcome.Succeeded::new);
    }

    /** A result that ends its task as failed with the reason {@code error} reads from it. */
    static <T> ResultHandler<T> failed(
            String type, Class<T> dataType, RecordResult recordResult, Function<T, String> error) {
        return new ResultHandler<>(
                type, dataType, recordResult, (delivery, data) -> new Outcome.Failed(delivery, error.apply(data)));
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public Class<T> dataType() {
        return dataType;
    }

    @Override
    public Optional<Reply> handle(IncomingEvent<T> event) {
        var delivery = new Delivery(event.source().toString(), event.id(), event.type(), event.subject());
        try {
            recordResult.record(outcome.apply(delivery, event.data()));
        } catch (RejectedResultException e) {
            throw new InvalidEventException("Result rejected: " + e.getMessage());
        }
        return Optional.empty();
    }
}
