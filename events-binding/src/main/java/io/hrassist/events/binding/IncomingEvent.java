package io.hrassist.events.binding;

import jakarta.annotation.Nullable;
import java.net.URI;
import java.util.Map;

/** A received CloudEvent with its data bound to {@code T}. */
public record IncomingEvent<T>(
        String id, URI source, String type, @Nullable String subject, T data, Map<String, Object> extensions) {}
