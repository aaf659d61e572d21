package io.hrassist.logging;

import java.util.Set;

/**
 * The log format every app's {@code logback.xml} takes from {@code HR_ASSIST_LOG_FORMAT} ({@code text}, the default,
 * or {@code json}: the formats in this package's resources). Logback finds no format for any other value and then
 * logs nothing at all, so the apps check it before anything logs.
 */
public final class LogFormat {

    static final String VARIABLE = "HR_ASSIST_LOG_FORMAT";
    private static final Set<String> FORMATS = Set.of("text", "json");

    private LogFormat() {}

    /** Fails the start, saying why, when {@code HR_ASSIST_LOG_FORMAT} names no format. */
    public static void check() {
        check(System.getenv(VARIABLE));
    }

    static void check(String value) {
        if (value != null && !value.isEmpty() && !FORMATS.contains(value)) {
            throw new IllegalStateException(VARIABLE + " must be text or json (or unset, for text), not '" + value
                    + "': nothing would be logged");
        }
    }
}
