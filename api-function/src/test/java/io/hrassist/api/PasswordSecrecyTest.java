package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.api.db.UserRepository;
import io.hrassist.events.fixtures.LogCapture;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * A password is stored only as its bcrypt hash and never written to the log, at DEBUG on the application's and the
 * server's loggers: not when the user is created, signs in (rightly or wrongly), changes it or gets a new one.
 */
@MicronautTest(transactional = false)
class PasswordSecrecyTest extends ApiTest {

    private static final List<String> VERBOSE =
            List.of("io.hrassist", "io.micronaut.security", "io.micronaut.http.server");

    @Inject
    UserRepository users;

    @Test
    void storesOnlyABcryptHashAndNeverLogsThePassword() {
        String username = "secretive-" + UUID.randomUUID().toString().substring(0, 8);
        String created = secret("created");
        String wrong = secret("wrong");
        String changed = secret("changed");
        String reset = secret("reset");

        List<String> logged = LogCapture.during(VERBOSE, () -> {
            String id = call(HttpRequest.POST(
                            "/api/v1/users", Map.of("username", username, "password", created, "role", "RECRUITER")))
                    .get("id")
                    .asText();
            assertThat(hash(username)).startsWith("$2").isNotEqualTo(created);
            String token = signIn(username, created);
            statusOf(HttpRequest.POST("/login", Map.of("username", username, "password", wrong)));
            client.toBlocking()
                    .exchange(HttpRequest.PUT(
                                    "/api/v1/me/password", Map.of("oldPassword", created, "newPassword", changed))
                            .bearerAuth(token));
            assertThat(verifies(changed, hash(username))).isTrue();
            call(HttpRequest.PUT("/api/v1/users/" + id, Map.of("password", reset)));
            signIn(username, reset);
        });

        String stored = hash(username);
        assertThat(stored).matches("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}").doesNotContain(reset);
        assertThat(verifies(reset, stored)).isTrue();
        assertThat(verifies(changed, stored)).isFalse();
        assertThat(logged)
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line).doesNotContain(created, wrong, changed, reset));
    }

    /** A password no other text contains by chance. */
    private static String secret(String what) {
        return what + "-" + UUID.randomUUID().toString().replace("-", "");
    }

    private String hash(String username) {
        return users.findByUsername(username).orElseThrow().passwordHash();
    }

    private static boolean verifies(String password, String hash) {
        return BCrypt.checkpw(password, hash);
    }
}
