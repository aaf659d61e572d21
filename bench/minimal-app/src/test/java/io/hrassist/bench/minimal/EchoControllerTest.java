package io.hrassist.bench.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class EchoControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void answersEventWithItsSubject() {
        var response = client.toBlocking()
                .exchange(
                        HttpRequest.POST("/", "{\"a\":1}")
                                .header("ce-subject", "task-1")
                                .contentType("application/json"),
                        Map.class);

        assertThat(response.header("ce-subject")).isEqualTo("task-1");
        assertThat(response.body()).containsEntry("subject", "task-1").containsEntry("bytes", 7);
    }

    @Test
    void reportsHealthUp() {
        Map<String, Object> health =
                client.toBlocking().retrieve(HttpRequest.GET("/health"), Argument.mapOf(String.class, Object.class));

        assertThat(health).containsEntry("status", "UP");
    }
}
