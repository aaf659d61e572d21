package io.hrassist.api.fakes;

import io.hrassist.api.domain.Account;
import io.hrassist.api.domain.AccountStore;
import io.hrassist.api.domain.SessionStore;
import io.hrassist.api.domain.UserDirectory;
import jakarta.annotation.Nullable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Accounts and revoked tokens in maps, like {@code app_user} and {@code revoked_token}: a username is taken once, a new
 * account is active with token version 0, the first revocation of a token holds. {@link #lockActiveAdmins()} locks
 * nothing: with one thread there is no one to wait for.
 */
public final class InMemoryUsers implements AccountStore, SessionStore, UserDirectory {

    private final Clock clock;
    private final Map<UUID, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Instant> revoked = new HashMap<>();
    private final Map<UUID, Instant> deactivatedAt = new HashMap<>();

    InMemoryUsers(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return accounts.values().stream()
                .filter(a -> a.username().equals(username))
                .findFirst();
    }

    @Override
    public Optional<Account> findById(UUID id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public List<Account> listAll() {
        return accounts.values().stream()
                .sorted(Comparator.comparing(Account::username))
                .toList();
    }

    @Override
    public List<Account> listActiveHiringManagers() {
        return listAll().stream()
                .filter(a -> a.active() && a.roles().equals("HIRING_MANAGER"))
                .toList();
    }

    @Override
    public boolean insertIfAbsent(UUID id, String username, String passwordHash, String roles, Instant createdAt) {
        return insertNew(id, username, passwordHash, roles, null, createdAt);
    }

    @Override
    public boolean insertNew(
            UUID id,
            String username,
            String passwordHash,
            String roles,
            @Nullable String displayName,
            Instant createdAt) {
        if (findByUsername(username).isPresent()) {
            return false;
        }
        if (accounts.containsKey(id)) {
            throw new IllegalStateException("Duplicate account id " + id);
        }
        accounts.put(id, new Account(id, username, passwordHash, roles, createdAt, 0, 0, null, displayName, true));
        return true;
    }

    @Override
    public void updateAccount(
            UUID id, String roles, @Nullable String displayName, boolean active, boolean endSessions) {
        if (active) {
            deactivatedAt.remove(id);
        } else if (accounts.containsKey(id)) {
            deactivatedAt.putIfAbsent(id, clock.instant());
        }
        change(
                id,
                a -> new Account(
                        a.id(),
                        a.username(),
                        a.passwordHash(),
                        roles,
                        a.createdAt(),
                        a.tokenVersion() + (endSessions ? 1 : 0),
                        a.failedLogins(),
                        a.lockedUntil(),
                        displayName,
                        active));
    }

    @Override
    public List<UUID> forgetNamesDeactivatedBefore(Instant cutoff) {
        List<UUID> forgotten = deactivatedAt.entrySet().stream()
                .filter(entry -> entry.getValue().isBefore(cutoff))
                .map(Map.Entry::getKey)
                .filter(id -> accounts.get(id).displayName() != null)
                .toList();
        forgotten.forEach(id -> change(
                id,
                a -> new Account(
                        a.id(),
                        a.username(),
                        a.passwordHash(),
                        a.roles(),
                        a.createdAt(),
                        a.tokenVersion(),
                        a.failedLogins(),
                        a.lockedUntil(),
                        null,
                        a.active())));
        return forgotten;
    }

    @Override
    public void updatePassword(UUID id, String passwordHash) {
        change(
                id,
                a -> new Account(
                        a.id(),
                        a.username(),
                        passwordHash,
                        a.roles(),
                        a.createdAt(),
                        a.tokenVersion() + 1,
                        0,
                        null,
                        a.displayName(),
                        a.active()));
    }

    @Override
    public List<UUID> lockActiveAdmins() {
        return accounts.values().stream()
                .filter(a -> a.active() && hasRole(a, "ADMIN"))
                .map(Account::id)
                .toList();
    }

    @Override
    public void updateLoginFailures(String username, int failedLogins, @Nullable Instant lockedUntil) {
        findByUsername(username)
                .ifPresent(account -> change(
                        account.id(),
                        a -> new Account(
                                a.id(),
                                a.username(),
                                a.passwordHash(),
                                a.roles(),
                                a.createdAt(),
                                a.tokenVersion(),
                                failedLogins,
                                lockedUntil,
                                a.displayName(),
                                a.active())));
    }

    @Override
    public Map<String, Integer> tokenVersions() {
        return accounts.values().stream()
                .filter(Account::active)
                .collect(Collectors.toUnmodifiableMap(Account::username, Account::tokenVersion));
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        revoked.putIfAbsent(tokenId, expiresAt);
    }

    @Override
    public Set<String> revokedTokens() {
        Instant now = clock.instant();
        return revoked.entrySet().stream()
                .filter(entry -> entry.getValue().isAfter(now))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void forgetExpiredRevocations() {
        Instant now = clock.instant();
        revoked.values().removeIf(expiresAt -> !expiresAt.isAfter(now));
    }

    @Override
    public Set<String> activeHiringManagers(Collection<String> usernames) {
        return accounts.values().stream()
                .filter(a -> a.active() && usernames.contains(a.username()) && hasRole(a, "HIRING_MANAGER"))
                .map(Account::username)
                .collect(Collectors.toUnmodifiableSet());
    }

    private void change(UUID id, UnaryOperator<Account> change) {
        accounts.computeIfPresent(id, (key, account) -> change.apply(account));
    }

    private static boolean hasRole(Account account, String role) {
        return Arrays.asList(account.roles().split(",")).contains(role);
    }
}
