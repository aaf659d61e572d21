package io.hrassist.api.domain;

import java.time.Duration;

/**
 * How long audit entries are kept ({@code hr-assist.audit.retention}): at least {@link #MINIMUM}, since the database
 * never deletes a younger entry (a shorter setting would promise what the database refuses).
 */
public record AuditRetention(Duration period) {

    /** The database keeps every audit entry at least this long, whoever asks to delete it ({@code V7}). */
    public static final Duration MINIMUM = Duration.ofDays(30);

    public AuditRetention {
        if (period == null || period.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException(
                    "hr-assist.audit.retention must be at least " + MINIMUM.toDays() + " days, not " + period);
        }
    }
}
