package io.hrassist.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The delivery guarantees with the local broker (what {@code ./hr-assist run} uses by default). */
class LocalBrokerDeliveryTest extends DeliveryGuaranteesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    LocalSystem.Options options() {
        return LocalSystem.Options.DEFAULT;
    }

    @Test
    void everyEventDeliveredTwiceChangesNothing() throws Exception {
        system.broker().copies(2);
        try {
            assertEveryTaskEndedOnce(submit(30));
        } finally {
            system.broker().copies(1);
        }
    }

    @Test
    void aPoisonEventEndsItsTaskWithTheReasonAndHarmsNothingElse() throws Exception {
        String task = UUID.randomUUID().toString();
        var poison = HttpRequest.newBuilder(system.broker().url())
                .header("ce-specversion", "1.0")
                .header("ce-id", "poison-1")
                .header("ce-source", "/other-system")
                .header("ce-type", "io.hrassist.job-description.requested.v1")
                .header("ce-subject", task)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"vacancy\": 42}"))
                .build();
        var garbage = HttpRequest.newBuilder(system.broker().url())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"not\": \"a cloud event\"}"))
                .build();

        assertThat(http.send(poison, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(202);
        assertThat(http.send(garbage, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(400);

        var failed = awaitTask(task);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("error").asText()).contains("HTTP 400").contains("vacancy");
        assertEveryTaskEndedOnce(submit(9));
    }
}
