package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.db.UserRepository;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Password guessing is slowed per account (kept in the database) before any hash is computed. */
@MicronautTest(transactional = false)
class LoginThrottleTest extends ApiTest {

    @Inject
    UserRepository users;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("hr-assist.login.account-failures", "3", "hr-assist.login.address-failures", "1000");
    }

    @Test
    void locksAnAccountAfterRepeatedWrongPasswordsEvenForTheRightOne() throws Exception {
        Users.create(users, "guessed-user", "the-real-password-1");
        for (int i = 0; i < 3; i++) {
            problem(login("guessed-user", "guess number " + i), 401);
        }

        var locked = Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> client.toBlocking().exchange(login("guessed-user", "the-real-password-1")));

        assertThat(locked.getStatus().getCode()).isEqualTo(429);
        assertThat(Long.parseLong(locked.getResponse().header("Retry-After"))).isBetween(1L, 30L);
        assertThat(users.findByUsername("guessed-user").orElseThrow().lockedUntil())
                .isNotNull();
        JsonNode other = client.toBlocking().retrieve(login("admin", ADMIN_PASSWORD), JsonNode.class);
        assertThat(other.get("access_token").asText())
                .as("other accounts sign in")
                .isNotBlank();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRejectedNotCut() throws Exception {
        String tooLong = "p".repeat(73);

        JsonNode problem = problem(login("admin", tooLong), 400);

        assertThat(problem.get("detail").asText()).contains("at most 72 bytes");
        assertThat(problem(login("admin", "é".repeat(37)), 400).get("detail").asText())
                .as("74 bytes in 37 characters")
                .contains("72 bytes");
    }

    @Test
    void anEmptyFormIsABadRequestThatNamesWhatIsMissing() throws Exception {
        JsonNode problem = problem(HttpRequest.POST("/login", Map.of("username", "admin")), 400);

        assertThat(problem.toString()).contains("password");
    }

    private static io.micronaut.http.MutableHttpRequest<?> login(String username, String password) {
        return HttpRequest.POST("/login", Map.of("username", username, "password", password));
    }
}
