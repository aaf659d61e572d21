package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** One client address guessing across many (unknown) accounts is slowed down too. */
@MicronautTest
class AddressThrottleTest extends ApiTest {

    private static final String CLIENT_HEADER = "X-HR-Assist-Client";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("hr-assist.login.address-failures", "4", "hr-assist.login.client-address-header", CLIENT_HEADER);
    }

    @Test
    void refusesAnAddressThatFailedTooOftenWith429() throws Exception {
        token(); // the admin's session, before this address is throttled
        for (int i = 0; i < 4; i++) {
            problem(
                    HttpRequest.POST(
                            "/login", Map.of("username", "u-" + UUID.randomUUID(), "password", "x".repeat(12))),
                    401);
        }

        var refused = Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> client.toBlocking()
                        .exchange(HttpRequest.POST("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD))));

        assertThat(refused.getStatus().getCode()).isEqualTo(429);
        assertThat(refused.getResponse().header("Retry-After")).isNotBlank();
        assertThat(refused.getResponse().getContentType().orElseThrow().toString())
                .isEqualTo("application/problem+json");
    }

    @Test
    void behindTheUiEachClientNamedByItCountsAlone() throws Exception {
        for (int i = 0; i < 4; i++) {
            problem(
                    HttpRequest.POST("/login", Map.of("username", "u-" + UUID.randomUUID(), "password", "x".repeat(12)))
                            .header(CLIENT_HEADER, "203.0.113.7"),
                    401);
        }
        var refused = Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> client.toBlocking()
                        .exchange(HttpRequest.POST(
                                        "/login",
                                        Map.of("username", "u-" + UUID.randomUUID(), "password", "x".repeat(12)))
                                .header(CLIENT_HEADER, "203.0.113.7")));
        assertThat(refused.getStatus().getCode()).isEqualTo(429);

        problem(
                HttpRequest.POST("/login", Map.of("username", "u-" + UUID.randomUUID(), "password", "x".repeat(12)))
                        .header(CLIENT_HEADER, "198.51.100.9"),
                401);
    }
}
