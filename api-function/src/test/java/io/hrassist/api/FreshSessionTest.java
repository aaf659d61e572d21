package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.db.UserRepository;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A token is usable the moment it is issued, however long until the next reload of the session state. */
@MicronautTest(transactional = false)
class FreshSessionTest extends ApiTest {

    @Inject
    UserRepository users;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("hr-assist.sessions.refresh", "1h");
    }

    @Test
    void aUserCreatedAMomentAgoAndAUserWhoseSessionsEndedBothSignInAtOnce() {
        assertThat(status(token())).isEqualTo(200); // the session state is loaded, before the user below exists

        Users.create(users, "fresh-user", "fresh-user-password");
        assertThat(status(login("fresh-user", "fresh-user-password"))).isEqualTo(200);

        Users.raiseTokenVersion("fresh-user");
        assertThat(status(login("fresh-user", "fresh-user-password"))).isEqualTo(200);
    }

    private String login(String username, String password) {
        return client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/login", Map.of("username", username, "password", password)), JsonNode.class)
                .get("access_token")
                .asText();
    }

    private int status(String token) {
        return client.toBlocking()
                .exchange(HttpRequest.GET("/api/v1/vacancies").bearerAuth(token))
                .code();
    }
}
