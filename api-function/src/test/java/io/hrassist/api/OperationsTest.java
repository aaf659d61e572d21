package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/** What operators and API users reach without logging in: health, metrics, the OpenAPI document and Swagger UI. */
@MicronautTest
class OperationsTest extends ApiTest {

    @Test
    void readinessIncludesTheDatabase() {
        String anonymous = client.toBlocking().retrieve(HttpRequest.GET("/health/readiness"));
        String detailed = client.toBlocking().retrieve(auth(HttpRequest.GET("/health/readiness")));

        assertThat(anonymous).contains("UP").doesNotContain("jdbc");
        assertThat(detailed).contains("\"jdbc\"").contains("UP");
    }

    @Test
    void exposesPrometheusMetrics() {
        String metrics = client.toBlocking().retrieve(HttpRequest.GET("/prometheus"));

        assertThat(metrics).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void sendsBrowsersAtTheRootToTheApiDocumentation() {
        var response = client.toBlocking().exchange(HttpRequest.GET("/"));

        assertThat(response.code()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo("/swagger-ui/index.html");
    }

    @Test
    void servesOpenApiAndSwaggerUi() {
        String spec = client.toBlocking().retrieve(HttpRequest.GET("/swagger/hr-assist-api.yml"));

        assertThat(spec)
                .contains("/api/v1/vacancies")
                .contains("/api/v1/tasks/{id}")
                .contains("bearer");
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/swagger-ui/index.html")))
                .contains("swagger");
    }
}
