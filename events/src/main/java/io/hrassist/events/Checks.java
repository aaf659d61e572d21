package io.hrassist.events;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the compact constructors of the event records. */
final class Checks {

    private Checks() {}

    static String text(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return optionalText(value, name, maxLength);
    }

    static String optionalText(String value, String name, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> List<T> list(List<T> values, String name, int maxSize) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxSize) {
            throw new IllegalArgumentException(name + " must have at most " + maxSize + " entries");
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(name + " must not contain null");
        }
        return List.copyOf(values);
    }

    static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
