package io.hrassist.ui.web;

import jakarta.annotation.Nullable;
import java.util.Map;
import java.util.UUID;

/** Reading the fields of a posted form: stripped text, blank as absent, ids that may not be ids. */
final class Fields {

    private Fields() {}

    /** The field stripped, {@code ""} when absent. */
    static String text(@Nullable Map<String, String> form, String name) {
        return form == null ? "" : form.getOrDefault(name, "").strip();
    }

    /** The field stripped, {@code null} when absent or blank. */
    static @Nullable String optional(@Nullable Map<String, String> form, String name) {
        String value = text(form, name);
        return value.isEmpty() ? null : value;
    }

    static @Nullable UUID id(@Nullable Map<String, String> form, String name) {
        try {
            String value = text(form, name);
            return value.isEmpty() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
