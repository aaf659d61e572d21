package io.hrassist.ui.render;

import io.micronaut.core.annotation.Introspected;

/**
 * A biased or exclusionary phrase in a job description, why it is a problem and what to write instead; from newer
 * functions also how serious it is ({@code severity} UNLAWFUL, RISK or HINT) and what the generator did with it
 * ({@code action} REPLACED by {@code replacement}, REMOVED or KEPT); empty where the result does not say.
 */
@Introspected
public record Warning(
        String phrase, String reason, String suggestion, String severity, String action, String replacement) {

    public Warning(String phrase, String reason, String suggestion) {
        this(phrase, reason, suggestion, "", "", "");
    }

    /** The tooltip of the highlighted phrase. */
    public String title() {
        return reason + " — " + suggestion;
    }
}
