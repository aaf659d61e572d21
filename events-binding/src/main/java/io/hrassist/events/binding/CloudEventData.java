package io.hrassist.events.binding;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Checks a received CloudEvent's attributes and binds its JSON data to a contract record, whatever carried it. */
@Singleton
public class CloudEventData {

    private final ObjectMapper objectMapper;

    CloudEventData(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** {@code event} when it has the attributes every service needs; throws {@link InvalidEventException} otherwise. */
    public static CloudEvent checked(CloudEvent event) {
        if (event.getSpecVersion() != SpecVersion.V1) {
            throw new InvalidEventException("specversion must be 1.0, got " + event.getSpecVersion());
        }
        if (event.getId().isBlank()) {
            throw new InvalidEventException("id must not be empty");
        }
        if (event.getType().isBlank()) {
            throw new InvalidEventException("type must not be empty");
        }
        return event;
    }

    /** The event's data bound to {@code type}; the record's own checks decide what is valid. */
    public <T> T data(CloudEvent event, Class<T> type) {
        String contentType = event.getDataContentType();
        if (contentType != null && !isJson(contentType)) {
            throw new InvalidEventException("datacontenttype must be application/json, got " + contentType);
        }
        if (event.getData() == null || event.getData().toBytes().length == 0) {
            throw new InvalidEventException("data is required for " + event.getType());
        }
        try {
            T data = objectMapper.readValue(event.getData().toBytes(), type);
            if (data == null) {
                throw new InvalidEventException("data must be a JSON object");
            }
            return data;
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InvalidEventException("Invalid data for " + event.getType() + ": " + cause.getMessage(), e);
        } catch (JsonMappingException e) {
            throw new InvalidEventException(
                    "Invalid data for " + event.getType() + ": " + e.getOriginalMessage() + " at " + path(e), e);
        } catch (IOException e) {
            throw new InvalidEventException("data is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Extension attributes (for example Knative's {@code knativeerrorcode}) by name. */
    public static Map<String, Object> extensions(CloudEvent event) {
        var extensions = new HashMap<String, Object>();
        for (String name : event.getExtensionNames()) {
            extensions.put(name, event.getExtension(name));
        }
        return Map.copyOf(extensions);
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json") || mediaType.equals("text/json");
    }

    private static String path(JsonMappingException e) {
        var path = new StringBuilder("$");
        for (var ref : e.getPath()) {
            path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return path.toString();
    }
}
