package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where user accounts are kept: the port sign-in and user administration reach them through. */
public interface AccountStore {

    Optional<Account> findByUsername(String username);

    Optional<Account> findById(UUID id);

    long count();

    /** Every account, by username. */
    List<Account> listAll();

    /** The active hiring managers, by username. */
    List<Account> listActiveHiringManagers();

    /** Creates the account unless one of that name exists (replicas starting together); false if it existed. */
    boolean insertIfAbsent(UUID id, String username, String passwordHash, String roles, Instant createdAt);

    /** Creates an account unless one of that name exists; false if it existed. */
    boolean insertNew(
            UUID id,
            String username,
            String passwordHash,
            String roles,
            @Nullable String displayName,
            Instant createdAt);

    /** Changes an account; {@code endSessions} raises its token version, so every token issued so far stops working. */
    void updateAccount(UUID id, String roles, @Nullable String displayName, boolean active, boolean endSessions);

    /**
     * Clears the display names of the users deactivated before {@code cutoff} (and not active again); their ids. The
     * time of a deactivation is kept by {@link #updateAccount} (the first one that sets {@code active} false).
     */
    List<UUID> forgetNamesDeactivatedBefore(Instant cutoff);

    /** Sets a new password, ends every session and lifts a lock from failed sign-ins. */
    void updatePassword(UUID id, String passwordHash);

    /**
     * The active admins, locked until the end of the transaction: two admins demoting each other at once cannot leave
     * none (the second waits, then counts again).
     */
    List<UUID> lockActiveAdmins();

    void updateLoginFailures(String username, int failedLogins, @Nullable Instant lockedUntil);
}
