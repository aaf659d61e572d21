package io.hrassist.api.security;

import io.hrassist.api.domain.Account;
import io.hrassist.api.domain.AuditAction;
import io.hrassist.api.domain.AuditLog;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * What the audit log learns of sign-ins: who signed in or out, and every refused attempt with the username tried and
 * why (never the password). Attempts refused by the throttle are not recorded: they cost an attacker nothing, so
 * recording them would let anyone fill the log.
 */
@Singleton
class SignInAudit {

    static final String USER = "user";
    private static final int LONGEST_NAME = 100;

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    void signedIn(Account user) {
        audit.record(user.username(), AuditAction.SIGN_IN, USER, user.id(), Map.of());
    }

    void signedOut(Account user) {
        audit.record(user.username(), AuditAction.SIGN_OUT, USER, user.id(), Map.of());
    }

    /** A refused attempt; {@code active} whether the user found may sign in (else: unknown or deactivated). */
    void failed(String usernameTried, Optional<Account> known, boolean active) {
        String reason = known.isEmpty() ? "unknown user" : active ? "wrong password" : "deactivated user";
        String tried = usernameTried.length() > LONGEST_NAME ? usernameTried.substring(0, LONGEST_NAME) : usernameTried;
        audit.record(
                null,
                AuditAction.SIGN_IN_FAILED,
                USER,
                known.map(Account::id).orElse(null),
                Map.of("username", tried, "reason", reason));
    }
}
