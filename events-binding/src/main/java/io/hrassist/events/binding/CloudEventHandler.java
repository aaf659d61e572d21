package io.hrassist.events.binding;

import io.hrassist.events.EventType;
import java.util.Optional;
import java.util.function.Function;

/**
 * Handles CloudEvents of one {@link #type()}. The returned reply becomes the reply event (same subject, new id); an
 * empty result means there is none to send.
 */
public interface CloudEventHandler<T> {

    EventType<T> type();

    Optional<Reply<?>> handle(IncomingEvent<T> event);

    /**
     * Answers sample data the way {@link #handle} would, but offline: no model, no other service, no side effect. Called
     * once on a background thread at start (the HTTP binding's warm-up); the default does nothing.
     */
    default Optional<Reply<?>> warmUp(T data) {
        return Optional.empty();
    }

    /**
     * A handler that maps the request data through {@code function} and replies with {@code replyType}, warming up with
     * {@code offline} (may return null).
     */
    static <T, R> CloudEventHandler<T> replying(
            EventType<T> type,
            EventType<R> replyType,
            Function<? super T, ? extends R> function,
            Function<? super T, ? extends R> offline) {
        return new CloudEventHandler<>() {
            @Override
            public EventType<T> type() {
                return type;
            }

            @Override
            public Optional<Reply<?>> handle(IncomingEvent<T> event) {
                return Optional.of(new Reply<>(replyType, function.apply(event.data())));
            }

            @Override
            public Optional<Reply<?>> warmUp(T data) {
                return Optional.ofNullable(offline.apply(data)).map(result -> new Reply<>(replyType, result));
            }
        };
    }
}
