package io.hrassist.api;

import io.hrassist.api.db.UserRepository;
import io.hrassist.api.domain.Role;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCrypt;

/** Test users, written straight to the database. */
final class Users {

    private Users() {}

    static void create(UserRepository users, String username, String password) {
        create(users, username, password, Role.RECRUITER);
    }

    /** A user with {@code role} (cheap bcrypt cost, so that tests stay fast). */
    static void create(UserRepository users, String username, String password, Role role) {
        String hash = BCrypt.hashpw(password, BCrypt.gensalt(4));
        users.insertIfAbsent(UUID.randomUUID(), username, hash, role.name(), Instant.now());
    }

    static void raiseTokenVersion(String username) {
        Map<String, String> db = TestPostgres.properties();
        try (var connection = DriverManager.getConnection(
                        db.get("datasources.default.url"),
                        db.get("datasources.default.username"),
                        db.get("datasources.default.password"));
                var update = connection.prepareStatement(
                        "UPDATE app_user SET token_version = token_version + 1 WHERE username = ?")) {
            update.setString(1, username);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
