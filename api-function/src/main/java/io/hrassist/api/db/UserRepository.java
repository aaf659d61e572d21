package io.hrassist.api.db;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends CrudRepository<UserRow, UUID> {

    /** The columns the row maps, by name (never {@code *}: see package-info). */
    String COLUMNS =
            "id, username, password_hash, roles, created_at, token_version, failed_logins, locked_until, display_name, active";

    Optional<UserRow> findByUsername(String username);

    @Query("SELECT " + COLUMNS + " FROM app_user ORDER BY username")
    List<UserRow> listAll();

    /** The active users whose role is HIRING_MANAGER, by username. */
    @Query("SELECT " + COLUMNS + " FROM app_user WHERE active AND roles = 'HIRING_MANAGER' ORDER BY username")
    List<UserRow> listActiveHiringManagers();

    /** Creates the user unless one of that name exists (replicas starting together); false if it existed. */
    @Query("INSERT INTO app_user (id, username, password_hash, roles, created_at) "
            + "VALUES (:id, :username, :passwordHash, :roles, :createdAt) ON CONFLICT (username) DO NOTHING")
    int insertIfAbsent(UUID id, String username, String passwordHash, String roles, Instant createdAt);

    /** Creates a user unless one of that name exists; 0 if it existed. */
    @Query("INSERT INTO app_user (id, username, password_hash, roles, display_name, created_at) "
            + "VALUES (:id, :username, :passwordHash, :roles, :displayName, :createdAt) "
            + "ON CONFLICT (username) DO NOTHING")
    int insertNew(
            UUID id,
            String username,
            String passwordHash,
            String roles,
            @Nullable String displayName,
            Instant createdAt);

    /** Changes a user; {@code endSessions} raises the token version, so every token issued so far stops working. */
    @Query("UPDATE app_user SET roles = :roles, display_name = :displayName, active = :active, "
            + "token_version = token_version + CASE WHEN :endSessions THEN 1 ELSE 0 END, "
            + "deactivated_at = CASE WHEN :active THEN NULL ELSE COALESCE(deactivated_at, now()) END WHERE id = :id")
    void updateAccount(UUID id, String roles, @Nullable String displayName, boolean active, boolean endSessions);

    /** The users deactivated before {@code cutoff} who still have a display name. */
    @Query("SELECT id FROM app_user WHERE NOT active AND deactivated_at < :cutoff AND display_name IS NOT NULL")
    List<UUID> namedDeactivatedBefore(Instant cutoff);

    /** Clears the display name of a user still deactivated before {@code cutoff}; 0 if reactivated meanwhile. */
    @Query("UPDATE app_user SET display_name = NULL WHERE id = :id AND NOT active AND deactivated_at < :cutoff")
    int clearDisplayName(UUID id, Instant cutoff);

    /** Sets a new password, ends every session and lifts a lock from failed sign-ins. */
    @Query("UPDATE app_user SET password_hash = :passwordHash, token_version = token_version + 1, failed_logins = 0, "
            + "locked_until = NULL WHERE id = :id")
    void updatePassword(UUID id, String passwordHash);

    /**
     * The active admins, locked until the end of the transaction: two admins demoting each other at once cannot leave
     * none (the second waits, then counts again).
     */
    @Query("SELECT id FROM app_user WHERE active AND (',' || roles || ',') LIKE '%,ADMIN,%' FOR UPDATE")
    List<UUID> lockActiveAdmins();

    /** Those of {@code usernames} that are active and act in {@code role}. */
    @Query("SELECT username FROM app_user WHERE active AND username IN (:usernames) "
            + "AND (',' || roles || ',') LIKE '%,' || :role || ',%'")
    List<String> activeWithRole(Collection<String> usernames, String role);

    @Query("UPDATE app_user SET failed_logins = :failedLogins, locked_until = :lockedUntil WHERE username = :username")
    void updateLoginFailures(String username, int failedLogins, @Nullable Instant lockedUntil);

    /** Token versions of the users who may sign in: a token of an inactive user is refused like an unknown one. */
    @Query("SELECT username, token_version FROM app_user WHERE active")
    List<TokenVersion> tokenVersions();

    @Query("INSERT INTO revoked_token (token_id, expires_at) VALUES (:tokenId, :expiresAt) ON CONFLICT DO NOTHING")
    void revoke(String tokenId, Instant expiresAt);

    @Query("SELECT token_id FROM revoked_token WHERE expires_at > now()")
    List<String> revokedTokens();

    @Query("DELETE FROM revoked_token WHERE expires_at <= now()")
    void forgetExpiredRevocations();
}
