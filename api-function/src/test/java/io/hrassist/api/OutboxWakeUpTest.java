package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hrassist.api.db.OutboxRepository;
import io.hrassist.api.db.OutboxRow;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Without a timer to wake it (no PingSource): the relay's timed runs are an hour apart here, so only the commit of a
 * new event can deliver it at once, and only the drain before the API stops can deliver events not yet due again.
 */
@MicronautTest(transactional = false)
class OutboxWakeUpTest extends WithFakeBroker {

    private static final String HOUR = "1h";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("hr-assist.broker.url", broker.url(), "hr-assist.outbox.interval", HOUR);
    }

    @Test
    void relaysANewEventWhenItsTransactionCommitsNotAtTheNextTimedRun() throws Exception {
        broker.start(0);
        Thread.sleep(1500); // past the run one second after the start
        String vacancy = createVacancy("Platform Engineer", "Go").get("id").asText();

        String task = call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/job-description", ""))
                .get("id")
                .asText();

        await("delivered without a timed run")
                .atMost(Duration.ofSeconds(3))
                .until(() -> broker.accepted.contains(task));
    }

    @Test
    void drainsEventsThatAreNotDueYetBeforeTheApiStops() throws Exception {
        try (var stopping = new FakeBroker()) {
            var properties = new HashMap<String, Object>(TestPostgres.anotherDatabase());
            properties.put("hr-assist.broker.url", stopping.url());
            properties.put("hr-assist.outbox.interval", HOUR);
            properties.put("hr-assist.ingest.token", INGEST_TOKEN);
            properties.put("hr-assist.admin.password", ADMIN_PASSWORD);
            properties.put("micronaut.server.port", "-1");
            ApplicationContext api = ApplicationContext.run(properties, Environment.TEST);
            OutboxRepository outbox = api.getBean(OutboxRepository.class);
            List<String> subjects = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                subjects.add(UUID.randomUUID().toString());
                outbox.save(waiting(subjects.get(i)));
            }
            stopping.start(0); // the broker is back, but the next try of every event is an hour away
            // the relay's first run (one second after the start) finds nothing due
            await().during(Duration.ofMillis(1500))
                    .atMost(Duration.ofSeconds(3))
                    .until(stopping.accepted::isEmpty);

            api.close();

            assertThat(stopping.accepted).containsExactlyInAnyOrderElementsOf(subjects);
        }
    }

    /** An event whose delivery failed a while ago and is next due in an hour. */
    private static OutboxRow waiting(String subject) {
        var now = Instant.now();
        return new OutboxRow(
                null,
                UUID.randomUUID(),
                "io.hrassist.job-description.requested.v1",
                "/hr-assist/api-function",
                subject,
                "{}".getBytes(StandardCharsets.UTF_8),
                3,
                now.plus(Duration.ofHours(1)),
                "java.net.ConnectException",
                now);
    }
}
