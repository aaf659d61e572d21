package io.hrassist.ui.render;

import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Why a task failed, as the API records it: {@code CODE: detail} when a function refused the request (a stable code of
 * {@code TaskFailed}), {@code Delivery of … failed …} when the broker gave up. A known code has a message of its own in
 * each language; the detail is the function's English text.
 */
@Introspected
public record Failure(String code, String detail) {

    /** Codes the functions send that a recruiter can act on, each with a {@code failure.CODE} message. */
    static final Set<String> KNOWN = Set.of(
            "UNSUPPORTED_DOCUMENT", "DOCUMENT_OVER_LIMIT", "ENCRYPTED", "CORRUPT_DOCUMENT", "NO_TEXT", "DELIVERY");

    private static final Pattern CODED = Pattern.compile("([A-Z][A-Z0-9_]{2,99}): (.*)", Pattern.DOTALL);

    /** Whether {@code failure.CODE} explains it; otherwise only the detail does. */
    public boolean known() {
        return KNOWN.contains(code);
    }

    public static Failure of(@Nullable String error) {
        if (error == null || error.isBlank()) {
            return new Failure("UNKNOWN", "");
        }
        var coded = CODED.matcher(error.strip());
        if (coded.matches()) {
            return new Failure(coded.group(1), coded.group(2));
        }
        if (error.startsWith("Delivery of ")) {
            return new Failure("DELIVERY", error);
        }
        return new Failure("UNKNOWN", error.strip());
    }
}
