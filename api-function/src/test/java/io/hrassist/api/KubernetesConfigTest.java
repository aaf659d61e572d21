package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * In the k8s environment, with the chart's switch on, the API reads its ConfigMap through the Kubernetes API (here a
 * fake one) and takes a change the watch reports into its Environment without a restart.
 */
@MicronautTest(environments = Environment.KUBERNETES)
class KubernetesConfigTest extends ApiTest {

    private final FakeKubernetesApi kubernetes =
            new FakeKubernetesApi("hr-assist", "hr-assist-api", Map.of("HR_ASSIST_TOKEN_TTL_SECONDS", "3600"));

    @Inject
    Environment environment;

    @Inject
    RefreshEvents refreshes;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
                "HR_ASSIST_KUBERNETES_CONFIG", "true",
                "HR_ASSIST_CONFIG_MAP", "hr-assist-api",
                "kubernetes.client.base-path", kubernetes.url(),
                "kubernetes.client.namespace", "hr-assist");
    }

    @AfterAll
    void stopKubernetes() {
        kubernetes.close();
    }

    @Test
    void readsItsConfigMapFromTheKubernetesApiAndAppliesAChangeTheWatchReports() throws Exception {
        assertThat(environment.getActiveNames()).contains(Environment.KUBERNETES);
        assertThat(environment.getProperty("micronaut.security.token.generator.access-token.expiration", Integer.class))
                .contains(3600);
        assertThat(kubernetes.requests)
                .anyMatch(
                        r -> r.startsWith("GET /api/v1/namespaces/hr-assist/configmaps?") && !r.contains("watch=true"));
        assertThat(login().get("expires_in").asInt()).isEqualTo(3600);

        eventually(() -> kubernetes.requests.stream().anyMatch(r -> r.contains("watch=true")));

        kubernetes.modify(Map.of("HR_ASSIST_TOKEN_TTL_SECONDS", "1800"));

        eventually(() -> refreshes.changes.stream().anyMatch(keys -> keys.contains("hr-assist-token-ttl-seconds")));
        assertThat(environment.getProperty("micronaut.security.token.generator.access-token.expiration", Integer.class))
                .contains(1800);
        // Beans that read a setting once (the JWT generator's expiration, the multipart limit) keep their value until
        // the next start: the Environment and @Refreshable beans see the change at once.
    }

    @Test
    void staysHealthyWithoutKubernetesDiscovery() {
        assertThat(client.toBlocking().exchange(HttpRequest.GET("/health")).code())
                .isEqualTo(200);
    }

    private static void eventually(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(15)).until(condition::getAsBoolean);
    }

    private JsonNode login() {
        return client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD)),
                        JsonNode.class);
    }
}
