package io.hrassist.events.http;

import java.util.Optional;
import java.util.function.Function;

/**
 * Handles CloudEvents of one {@link #type()} at {@code POST /}. The returned reply becomes the response event (binary
 * mode, same subject, new id); an empty result is answered with {@code 202} and no event.
 */
public interface CloudEventHandler<T> {

    String type();

    Class<T> dataType();

    Optional<Reply> handle(IncomingEvent<T> event);

    /**
     * Answers sample data the way {@link #handle} would, but offline: no model, no other service, no side effect. Called
     * once on a background thread at start (see {@link CloudEventWarmUp}); the default does nothing.
     */
    default Optional<Reply> warmUp(T data) {
        return Optional.empty();
    }

    /** A handler of {@code type} that answers each event with {@code handle}. */
    static <T> CloudEventHandler<T> of(
            String type, Class<T> dataType, Function<IncomingEvent<T>, Optional<Reply>> handle) {
        return new CloudEventHandler<>() {
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
                return handle.apply(event);
            }
        };
    }

    /** A handler that maps the request data through {@code function} and replies with {@code replyType}. */
    static <T, R> CloudEventHandler<T> replying(
            String type, Class<T> dataType, String replyType, Function<? super T, ? extends R> function) {
        return replying(type, dataType, replyType, function, data -> null);
    }

    /** As {@link #replying(String, Class, String, Function)}, warming up with {@code offline} (may return null). */
    static <T, R> CloudEventHandler<T> replying(
            String type,
            Class<T> dataType,
            String replyType,
            Function<? super T, ? extends R> function,
            Function<? super T, ? extends R> offline) {
        return new CloudEventHandler<>() {
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
                return Optional.of(new Reply(replyType, function.apply(event.data())));
            }

            @Override
            public Optional<Reply> warmUp(T data) {
                return Optional.ofNullable(offline.apply(data)).map(result -> new Reply(replyType, result));
            }
        };
    }
}
