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

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("hr-assist.login.address-failures", "4");
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
}
