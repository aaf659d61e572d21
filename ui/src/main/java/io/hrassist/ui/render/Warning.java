package io.hrassist.ui.render;

import io.micronaut.core.annotation.Introspected;

/** A biased or exclusionary phrase in a job description, why it is a problem and what to write instead. */
@Introspected
public record Warning(String phrase, String reason, String suggestion) {

    /** The tooltip of the highlighted phrase. */
    public String title() {
        return reason + " — " + suggestion;
    }
}
