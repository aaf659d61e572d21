package io.hrassist.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery guarantees of the whole system under faults, with real processes: every task ends {@code SUCCEEDED} or
 * {@code FAILED} with a reason — none lost (all end), none duplicated (exactly one task and one candidate per request,
 * each ended once). Subclasses choose the transport and add its own faults.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeliveryGuaranteesTest {

    static final Duration END_WITHIN = Duration.ofSeconds(120);

    @TempDir
    static Path home;

    LocalSystem system;
    SystemClient client;

    abstract LocalSystem.Options options() throws Exception;

    /** {@code options}, with the API recording results of requests that other systems sent. */
    private static LocalSystem.Options withExternalTasks(LocalSystem.Options options) {
        return new LocalSystem.Options(options.rabbitmqUri(), options.rabbitmqPrefix(), true);
    }

    @BeforeAll
    void start() throws Exception {
        system = LocalSystem.start(new LocalSystem.Config(
                Path.of("..").toAbsolutePath().normalize(),
                LocalSystem.freePort(),
                home,
                null,
                null,
                null,
                "faults-admin-password",
                withExternalTasks(options())));
        client = new SystemClient(system.apiUrl, "faults-admin-password");
    }

    @AfterAll
    void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aFunctionKilledMidTaskLosesNothing() throws Exception {
        Batch before = submit(30);
        system.process("resume-function").kill();
        system.process("jd-function").kill();
        Batch whileDown = submit(15);
        system.process("resume-function").restart(Duration.ofSeconds(60));
        system.process("jd-function").restart(Duration.ofSeconds(60));

        assertEveryTaskEndedOnce(before);
        assertEveryTaskEndedOnce(whileDown);
    }

    @Test
    void aDatabaseRestartLosesNothing() throws Exception {
        Batch batch = submit(30);
        system.database().restart(Duration.ofSeconds(2));

        assertEveryTaskEndedOnce(batch);
        assertThat(client.status("/health/readiness")).isEqualTo(200);
    }

    /** Sends {@code count} requests: job descriptions, question kits and resume uploads over a fresh vacancy. */
    Batch submit(int count) throws Exception {
        String vacancy = client.post("/api/v1/vacancies", """
                        {"title": "Site Reliability Engineer", "language": "en", "seniority": "middle",
                         "mustHaveSkills": ["Kubernetes", "Linux"], "niceToHaveSkills": ["Go"]}
                        """).get("id").asText();
        var tasks = new ArrayList<String>();
        int uploads = 0;
        for (int i = 0; i < count; i++) {
            switch (i % 3) {
                case 0 ->
                    tasks.add(client.post("/api/v1/vacancies/" + vacancy + "/job-description", "")
                            .get("id")
                            .asText());
                case 1 ->
                    tasks.add(client.post("/api/v1/vacancies/" + vacancy + "/interview-questions", "{\"count\":3}")
                            .get("id")
                            .asText());
                default -> {
                    tasks.add(client.upload(
                                    vacancy,
                                    "cv-" + i + ".txt",
                                    // one file per upload: the same file twice is one candidate (409)
                                    "2019 - present  SRE at Example: Kubernetes, Linux, Go.\nReference " + i)
                            .get("task")
                            .get("id")
                            .asText());
                    uploads++;
                }
            }
        }
        return new Batch(vacancy, tasks, uploads);
    }

    record Batch(String vacancy, List<String> tasks, int uploads) {}

    /** Waits until every task of the batch has ended, then checks nothing was lost or duplicated. */
    void assertEveryTaskEndedOnce(Batch batch) throws Exception {
        Map<String, Long> byStatus = awaitEnded(batch);
        assertThat(byStatus.getOrDefault("PENDING", 0L))
                .as("tasks still pending")
                .isZero();
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum())
                .as("tasks of the vacancy: one per request, no duplicates")
                .isEqualTo(batch.tasks().size());
        try (var connection = connection();
                var statement = connection.prepareStatement(
                        "SELECT (SELECT count(*) FROM candidate WHERE vacancy_id = ?::uuid),"
                                + " (SELECT count(*) FROM task WHERE vacancy_id = ?::uuid AND status = 'FAILED'"
                                + "  AND (error IS NULL OR error = '')),"
                                + " (SELECT count(*) FROM task WHERE vacancy_id = ?::uuid AND completed_at IS NULL)")) {
            statement.setString(1, batch.vacancy());
            statement.setString(2, batch.vacancy());
            statement.setString(3, batch.vacancy());
            var row = statement.executeQuery();
            row.next();
            assertThat(row.getLong(1)).as("candidates, one per upload").isEqualTo(batch.uploads());
            assertThat(row.getLong(2)).as("failed tasks without a reason").isZero();
            assertThat(row.getLong(3)).as("ended tasks without completion time").isZero();
        }
        for (String task : batch.tasks()) {
            JsonNode view = client.get("/api/v1/tasks/" + task);
            assertThat(view.get("status").asText()).isIn("SUCCEEDED", "FAILED");
        }
    }

    /** Task count by status for the batch's vacancy, once none is pending; fails when some still are after a while. */
    Map<String, Long> awaitEnded(Batch batch) {
        return await("every task of the batch ended")
                .atMost(END_WITHIN)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> statusCounts(batch.vacancy()), byStatus -> byStatus.getOrDefault("PENDING", 0L) == 0);
    }

    private Map<String, Long> statusCounts(String vacancy) throws Exception {
        var counts = new HashMap<String, Long>();
        try (var connection = connection();
                var statement = connection.prepareStatement(
                        "SELECT status, count(*) FROM task WHERE vacancy_id = ?::uuid GROUP BY status")) {
            statement.setString(1, vacancy);
            var rows = statement.executeQuery();
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (java.sql.SQLException e) {
            counts.put("PENDING", -1L); // the database is restarting: not ended yet
        }
        return counts;
    }

    java.sql.Connection connection() throws java.sql.SQLException {
        var database = system.database();
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    /** The task once it has ended. */
    JsonNode awaitTask(String id) throws Exception {
        return client.awaitEnded(id, END_WITHIN);
    }
}
