package io.hrassist.api.db;

import io.hrassist.api.domain.ForgetDeactivatedNames;
import io.hrassist.api.domain.ForgetOldAuditEvents;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link ForgetOldAuditEvents} and {@link ForgetDeactivatedNames} every {@code hr-assist.audit.retention-check}
 * (1 h) on every replica.
 */
@Singleton
class AuditRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetentionJob.class);

    private final ForgetOldAuditEvents forget;
    private final ForgetDeactivatedNames forgetNames;

    AuditRetentionJob(ForgetOldAuditEvents forget, ForgetDeactivatedNames forgetNames) {
        this.forget = forget;
        this.forgetNames = forgetNames;
    }

    /** A failure is logged; the next run tries again. */
    @Scheduled(fixedDelay = "${hr-assist.audit.retention-check:1h}", initialDelay = "1m")
    void run() {
        try {
            forget.run();
            forgetNames.run();
        } catch (RuntimeException e) {
            LOG.warn("Deleting old audit entries or names failed ({}); trying again later", e.toString());
        }
    }
}
