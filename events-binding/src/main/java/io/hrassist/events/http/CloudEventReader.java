package io.hrassist.events.http;

import io.cloudevents.CloudEvent;
import io.cloudevents.http.HttpMessageFactory;
import io.hrassist.events.binding.CloudEventData;
import io.hrassist.events.binding.InvalidEventException;
import io.micronaut.http.HttpHeaders;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** Reads a CloudEvent (binary or structured mode) from an HTTP request. */
@Singleton
public class CloudEventReader {

    /** The event in the request, with all required attributes; throws {@link InvalidEventException} otherwise. */
    public CloudEvent read(HttpHeaders headers, @Nullable byte[] body) {
        return read(headers.asMap(), body);
    }

    CloudEvent read(Map<String, List<String>> headers, @Nullable byte[] body) {
        CloudEvent event;
        try {
            event = HttpMessageFactory.createReaderFromMultimap(headers, body == null ? new byte[0] : body)
                    .toEvent();
        } catch (RuntimeException e) {
            throw new InvalidEventException("Not a valid CloudEvent: " + e.getMessage(), e);
        }
        return CloudEventData.checked(event);
    }
}
