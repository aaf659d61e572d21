package io.hrassist.events.binding;

import io.cloudevents.CloudEvent;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The event being handled, in the logging MDC while it is, so that every line logged meanwhile names it (the JSON
 * logs' {@code mdc}, {@code task=} in text): {@code task} (its subject), {@code event} (its id), {@code type}, and
 * {@code trace}, the trace id of the W3C {@code traceparent} it carries (Knative's brokers propagate one when tracing is
 * on). The values come from outside: one that is not a plain identifier is logged as {@code invalid}, so that no event
 * can write lines of its own into a log.
 */
public final class EventLogContext implements AutoCloseable {

    public static final String TASK = "task";
    public static final String EVENT = "event";
    public static final String TYPE = "type";
    public static final String TRACE = "trace";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:/@+-]{1,200}");

    private EventLogContext() {}

    /** Puts {@code event}'s names in the MDC until {@link #close}. */
    public static EventLogContext of(CloudEvent event) {
        put(TASK, event.getSubject());
        put(EVENT, event.getId());
        put(TYPE, event.getType());
        Object traceparent = event.getExtension(Traceparent.EXTENSION);
        if (traceparent != null) {
            MDC.put(TRACE, Traceparent.traceId(traceparent).orElse("invalid"));
        }
        return new EventLogContext();
    }

    private static void put(String key, String value) {
        if (value != null) {
            MDC.put(key, plain(value));
        }
    }

    /** {@code value} when it is a plain identifier, else {@code invalid}: what may be written where others read it. */
    static String plain(String value) {
        return value != null && PLAIN.matcher(value).matches() ? value : "invalid";
    }

    @Override
    public void close() {
        List.of(TASK, EVENT, TYPE, TRACE).forEach(MDC::remove);
    }
}
