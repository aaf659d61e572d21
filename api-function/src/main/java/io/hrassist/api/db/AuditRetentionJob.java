package io.hrassist.api.db;

import io.hrassist.api.domain.ForgetOldAuditEvents;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link ForgetOldAuditEvents} every {@code hr-assist.audit.retention-check} (1 h) on every replica. */
@Singleton
class AuditRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetentionJob.class);

    private final ForgetOldAuditEvents forget;

    AuditRetentionJob(ForgetOldAuditEvents forget) {
        this.forget = forget;
    }

    /** A failure is logged; the next run tries again. */
    @Scheduled(fixedDelay = "${hr-assist.audit.retention-check:1h}", initialDelay = "1m")
    void run() {
        try {
            forget.run();
        } catch (RuntimeException e) {
            LOG.warn("Deleting old audit entries failed ({}); trying again later", e.toString());
        }
    }
}
