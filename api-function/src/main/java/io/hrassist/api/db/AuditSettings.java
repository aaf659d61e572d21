package io.hrassist.api.db;

import io.hrassist.api.domain.AuditRetention;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/** How long the audit log keeps entries: {@code hr-assist.audit.retention} ({@code HR_ASSIST_AUDIT_RETENTION}). */
@Factory
class AuditSettings {

    @Singleton
    AuditRetention auditRetention(@Value("${hr-assist.audit.retention:400d}") Duration retention) {
        return new AuditRetention(retention);
    }
}
