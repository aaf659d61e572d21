package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes audit entries older than the retention period, counted back from the clock's now. Every replica may run it
 * (a repeated delete deletes nothing); the only way entries leave the append-only log.
 */
@Singleton
public class ForgetOldAuditEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ForgetOldAuditEvents.class);

    private final AuditTrail trail;
    private final Clock clock;
    private final AuditRetention retention;

    public ForgetOldAuditEvents(AuditTrail trail, Clock clock, AuditRetention retention) {
        this.trail = trail;
        this.clock = clock;
        this.retention = retention;
    }

    /** How many entries were deleted. */
    public int run() {
        Instant cutoff = clock.instant().minus(retention.period());
        int deleted = trail.forgetBefore(cutoff);
        if (deleted > 0) {
            LOG.info("Deleted {} audit entries from before {}", deleted, cutoff);
        }
        return deleted;
    }
}
