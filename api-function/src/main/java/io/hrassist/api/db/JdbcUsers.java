package io.hrassist.api.db;

import io.hrassist.api.domain.Account;
import io.hrassist.api.domain.AccountStore;
import io.hrassist.api.domain.SessionStore;
import io.hrassist.api.domain.UserDirectory;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Accounts, sessions and the user directory in {@code app_user} and {@code revoked_token}. */
@Singleton
class JdbcUsers implements AccountStore, SessionStore, UserDirectory {

    private final UserRepository users;

    JdbcUsers(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return users.findByUsername(username).map(JdbcUsers::account);
    }

    @Override
    public Optional<Account> findById(UUID id) {
        return users.findById(id).map(JdbcUsers::account);
    }

    @Override
    public long count() {
        return users.count();
    }

    @Override
    public List<Account> listAll() {
        return users.listAll().stream().map(JdbcUsers::account).toList();
    }

    @Override
    public List<Account> listActiveHiringManagers() {
        return users.listActiveHiringManagers().stream().map(JdbcUsers::account).toList();
    }

    @Override
    public boolean insertIfAbsent(UUID id, String username, String passwordHash, String roles, Instant createdAt) {
        return users.insertIfAbsent(id, username, passwordHash, roles, createdAt) > 0;
    }

    @Override
    public boolean insertNew(
            UUID id,
            String username,
            String passwordHash,
            String roles,
            @Nullable String displayName,
            Instant createdAt) {
        return users.insertNew(id, username, passwordHash, roles, displayName, createdAt) > 0;
    }

    @Override
    public void updateAccount(
            UUID id, String roles, @Nullable String displayName, boolean active, boolean endSessions) {
        users.updateAccount(id, roles, displayName, active, endSessions);
    }

    @Override
    public List<UUID> forgetNamesDeactivatedBefore(Instant cutoff) {
        return users.namedDeactivatedBefore(cutoff).stream()
                .filter(id -> users.clearDisplayName(id, cutoff) > 0)
                .toList();
    }

    @Override
    public void updatePassword(UUID id, String passwordHash) {
        users.updatePassword(id, passwordHash);
    }

    @Override
    public List<UUID> lockActiveAdmins() {
        return users.lockActiveAdmins();
    }

    @Override
    public void updateLoginFailures(String username, int failedLogins, @Nullable Instant lockedUntil) {
        users.updateLoginFailures(username, failedLogins, lockedUntil);
    }

    @Override
    public Map<String, Integer> tokenVersions() {
        return users.tokenVersions().stream()
                .collect(Collectors.toUnmodifiableMap(TokenVersion::username, TokenVersion::tokenVersion));
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        users.revoke(tokenId, expiresAt);
    }

    @Override
    public Set<String> revokedTokens() {
        return Set.copyOf(users.revokedTokens());
    }

    @Override
    public void forgetExpiredRevocations() {
        users.forgetExpiredRevocations();
    }

    @Override
    public Set<String> activeHiringManagers(Collection<String> usernames) {
        return Set.copyOf(users.activeWithRole(usernames, "HIRING_MANAGER"));
    }

    private static Account account(UserRow row) {
        return new Account(
                row.id(),
                row.username(),
                row.passwordHash(),
                row.roles(),
                row.createdAt(),
                row.tokenVersion(),
                row.failedLogins(),
                row.lockedUntil(),
                row.displayName(),
                row.active());
    }
}
