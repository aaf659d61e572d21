package io.hrassist.api.messaging;

import io.hrassist.api.domain.RecordResult;
import io.hrassist.api.domain.RecordResult.Outcome;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.api.domain.TaskStatus;
import io.hrassist.events.http.CloudEventHandler;
import io.hrassist.events.http.IncomingEvent;
import io.hrassist.events.http.Reply;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Function;

/** Records a result event of one type as the outcome of its task; answers with no event. */
final class ResultHandler<T> implements CloudEventHandler<T> {

    private final String type;
    private final Class<T> dataType;
    private final RecordResult recordResult;
    private final Function<IncomingEvent<T>, Outcome> outcome;

    private ResultHandler(
            String type, Class<T> dataType, RecordResult recordResult, Function<IncomingEvent<T>, Outcome> outcome) {
        this.type = type;
        this.dataType = dataType;
        this.recordResult = recordResult;
        this.outcome = outcome;
    }

    /** A result that completes its task successfully; {@code score} extracts a ranking score where there is one. */
    static <T> ResultHandler<T> succeeded(
            TaskKind kind, Class<T> dataType, RecordResult recordResult, Function<T, Integer> score) {
        return new ResultHandler<>(
                kind.resultType(),
                dataType,
                recordResult,
                event -> new Outcome(
                        event.source().toString(),
                        event.id(),
                        event.subject(),
                        kind,
                        TaskStatus.SUCCEEDED,
                        event.data(),
                        null,
                        score.apply(event.data())));
    }

    /** A result that ends its task as failed with {@code error}. */
    static <T> ResultHandler<T> failed(
            String type, Class<T> dataType, RecordResult recordResult, Function<T, String> error) {
        return new ResultHandler<>(
                type,
                dataType,
                recordResult,
                event -> new Outcome(
                        event.source().toString(),
                        event.id(),
                        event.subject(),
                        null,
                        TaskStatus.FAILED,
                        null,
                        error.apply(event.data()),
                        null));
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
        recordResult.record(outcome.apply(event));
        return Optional.empty();
    }

    static @Nullable Integer noScore(Object data) {
        return null;
    }
}
