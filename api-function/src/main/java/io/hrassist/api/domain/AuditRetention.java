package io.hrassist.api.domain;

import java.time.Duration;

/** How long audit entries are kept ({@code hr-assist.audit.retention}). */
public record AuditRetention(Duration period) {

    public AuditRetention {
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("hr-assist.audit.retention must be a positive duration, not " + period);
        }
    }
}
