package io.hrassist.api.security;

import io.hrassist.api.domain.Account;
import io.hrassist.api.domain.AccountStore;
import io.hrassist.api.domain.Actor;
import io.hrassist.api.domain.AuditAction;
import io.hrassist.api.domain.AuditLog;
import io.hrassist.api.domain.ConflictException;
import io.hrassist.api.domain.InvalidRequestException;
import io.hrassist.api.domain.NotFoundException;
import io.hrassist.api.domain.Role;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Users as an admin manages them, each change audited in its own transaction. A change of role, a deactivation or a
 * new password ends the user's sessions (their token version is raised). There is always an active admin: nobody
 * demotes or deactivates themselves, nor the last active admin.
 */
@Singleton
class UserAccounts {

    private final AccountStore users;
    private final AuditLog audit;
    private final Clock clock;

    UserAccounts(AccountStore users, AuditLog audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The role a user acts in (their most powerful one). */
    static Role role(Account user) {
        return Actor.of(user.username(), Arrays.asList(user.roles().split(","))).role();
    }

    Account find(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    @Transactional
    public Account create(Actor admin, NewUser user) {
        String hash = Passwords.hash(acceptable(user.password()));
        UUID id = UUID.randomUUID();
        String displayName = blankToNull(user.displayName());
        if (!users.insertNew(id, user.username(), hash, user.role().name(), displayName, clock.instant())) {
            throw new ConflictException("The username " + user.username() + " is taken.");
        }
        audit.record(
                admin.username(),
                AuditAction.USER_CREATED,
                SignInAudit.USER,
                id,
                Map.of("username", user.username(), "role", user.role().name()));
        return find(id);
    }

    @Transactional
    public Account change(Actor admin, UUID id, UserChange change) {
        Account user = find(id);
        Role role = change.role() == null ? role(user) : change.role();
        boolean active = change.active() == null ? user.active() : change.active();
        String displayName = change.displayName() == null ? user.displayName() : blankToNull(change.displayName());
        keepAnAdmin(admin, user, role, active);
        List<String> fields = changedFields(user, role, displayName, active, change.password() != null);
        if (change.password() != null) {
            users.updatePassword(id, Passwords.hash(acceptable(change.password())));
        }
        String roles = role == role(user) ? user.roles() : role.name();
        users.updateAccount(id, roles, displayName, active, fields.contains("role") || fields.contains("active"));
        if (!fields.isEmpty()) {
            var action = user.active() && !active ? AuditAction.USER_DEACTIVATED : AuditAction.USER_CHANGED;
            audit.record(admin.username(), action, SignInAudit.USER, id, Map.of("fields", fields));
        }
        return find(id);
    }

    /** Sets the signed-in user's new password (the old one already checked) and ends all their sessions. */
    @Transactional
    public Account changeOwnPassword(Account user, String newPassword) {
        users.updatePassword(user.id(), Passwords.hash(acceptable(newPassword)));
        audit.record(user.username(), AuditAction.PASSWORD_CHANGED, SignInAudit.USER, user.id(), Map.of());
        return find(user.id());
    }

    static String acceptable(String password) {
        Passwords.weakness(password).ifPresent(weakness -> {
            throw new InvalidRequestException(weakness);
        });
        return password;
    }

    /** The names of the fields a change changes, as the audit log records them. */
    private static List<String> changedFields(
            Account user, Role role, @Nullable String displayName, boolean active, boolean password) {
        List<String> fields = new ArrayList<>();
        if (role != role(user)) {
            fields.add("role");
        }
        if (!Objects.equals(displayName, user.displayName())) {
            fields.add("displayName");
        }
        if (active != user.active()) {
            fields.add("active");
        }
        if (password) {
            fields.add("password");
        }
        return fields;
    }

    private void keepAnAdmin(Actor admin, Account user, Role role, boolean active) {
        boolean wasAdmin = user.active() && role(user) == Role.ADMIN;
        if (!wasAdmin || (active && role == Role.ADMIN)) {
            return;
        }
        if (user.username().equals(admin.username())) {
            throw new ConflictException(
                    "You cannot take away your own admin role or deactivate yourself; another admin can.");
        }
        if (users.lockActiveAdmins().size() <= 1) {
            throw new ConflictException(user.username() + " is the last active admin; make someone else admin first.");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
