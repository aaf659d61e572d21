package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the display name of every user deactivated longer ago than the audit retention period: by then no audit
 * entry from their time is left, and the name that said who they were has no further use. The username stays, as
 * decisions, notes, feedback and vacancies still name them by it and nobody may take it over. Each clearing is audited
 * with no actor.
 */
@Singleton
public class ForgetDeactivatedNames {

    /** How the audit log names a user account (as sign-ins and user changes do). */
    static final String USER = "user";

    private static final Logger LOG = LoggerFactory.getLogger(ForgetDeactivatedNames.class);

    private final AccountStore accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final AuditRetention retention;

    public ForgetDeactivatedNames(AccountStore accounts, AuditLog audit, Clock clock, AuditRetention retention) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
    }

    /** How many names were cleared. */
    public int run() {
        Instant cutoff = clock.instant().minus(retention.period());
        List<UUID> forgotten = accounts.forgetNamesDeactivatedBefore(cutoff);
        forgotten.forEach(id -> audit.record(
                null,
                AuditAction.USER_CHANGED,
                USER,
                id,
                Map.of("fields", List.of("displayName"), "cause", "RETENTION")));
        if (!forgotten.isEmpty()) {
            LOG.info("Cleared the display names of {} users deactivated before {}", forgotten.size(), cutoff);
        }
        return forgotten.size();
    }
}
