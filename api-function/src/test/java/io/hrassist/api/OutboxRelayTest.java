package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hrassist.api.db.OutboxRepository;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The broker is down while tasks are created, then comes up and fails a few more times: nothing lost, nothing twice. */
@MicronautTest
class OutboxRelayTest extends WithFakeBroker {

    @Inject
    OutboxRepository outbox;

    @Test
    void aWakeCallRunsTheRelayWithTheBrokersCredentials() {
        var response = client.toBlocking().exchange(ingest(HttpRequest.POST("/outbox/wake", "{}")));

        assertThat(response.code()).isEqualTo(202);
    }

    @Test
    void deliversEveryEventExactlyOnceAfterTheBrokerComesBack() throws Exception {
        String vacancy = createVacancy("Site Reliability Engineer", "Kubernetes")
                .get("id")
                .asText();
        var tasks = new ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            tasks.add(call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/job-description", ""))
                    .get("id")
                    .asText());
        }
        await("events wait while the broker is down, each having failed")
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> {
                    var waiting = outbox.waiting().stream()
                            .filter(row -> tasks.contains(row.subject()))
                            .toList();
                    assertThat(waiting).hasSize(10);
                    assertThat(waiting)
                            .allSatisfy(row -> assertThat(row.lastError()).contains("ConnectException"));
                });

        broker.start(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.count() == 0);

        assertThat(broker.rejected.get()).isEqualTo(3);
        assertThat(broker.accepted).doesNotHaveDuplicates().containsAll(tasks);
        for (int i = 0; i < broker.accepted.size(); i++) {
            assertThat(broker.traces.get(i))
                    .as("one trace per task: its id is the task's")
                    .matches("00-" + broker.accepted.get(i).replace("-", "") + "-[0-9a-f]{16}-01");
        }
    }
}
