package io.hrassist.api.db;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends CrudRepository<UserRow, UUID> {

    Optional<UserRow> findByUsername(String username);

    /** Creates the user unless one of that name exists (replicas starting together); false if it existed. */
    @Query("INSERT INTO app_user (id, username, password_hash, roles, created_at) "
            + "VALUES (:id, :username, :passwordHash, :roles, :createdAt) ON CONFLICT (username) DO NOTHING")
    int insertIfAbsent(UUID id, String username, String passwordHash, String roles, Instant createdAt);

    @Query("UPDATE app_user SET failed_logins = :failedLogins, locked_until = :lockedUntil WHERE username = :username")
    void updateLoginFailures(String username, int failedLogins, @Nullable Instant lockedUntil);

    @Query("SELECT username, token_version FROM app_user")
    List<TokenVersion> tokenVersions();

    @Query("INSERT INTO revoked_token (token_id, expires_at) VALUES (:tokenId, :expiresAt) ON CONFLICT DO NOTHING")
    void revoke(String tokenId, Instant expiresAt);

    @Query("SELECT token_id FROM revoked_token WHERE expires_at > now()")
    List<String> revokedTokens();

    @Query("DELETE FROM revoked_token WHERE expires_at <= now()")
    void forgetExpiredRevocations();
}
