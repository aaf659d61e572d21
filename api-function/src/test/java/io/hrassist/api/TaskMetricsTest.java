package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.CloudEventRequests;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The tasks' metrics at /prometheus: created by kind, ended by kind and status once (a redelivered result is not
 * counted again), ended by a dead letter, the time from request to result, and how long the oldest request has waited in the outbox (these
 * tests run without a broker, so requests wait there).
 */
@MicronautTest
class TaskMetricsTest extends ApiTest {

    private static final String JD = "kind=\"JOB_DESCRIPTION\"";

    @Test
    void tasksAreCountedByKindAndStatusOnceWithTheirTimeToResult() {
        String before = metrics();
        String vacancy =
                createVacancy("Metrics Engineer", "Prometheus").get("id").asText();
        String succeeded = requestJobDescription(vacancy);
        String failed = requestJobDescription(vacancy);

        var result = result(
                EventType.JOB_DESCRIPTION_GENERATED.name(),
                succeeded,
                Fixtures.data(EventType.JOB_DESCRIPTION_GENERATED));
        client.toBlocking().exchange(result);
        client.toBlocking().exchange(result); // the broker delivers it again: nothing changes
        client.toBlocking()
                .exchange(result(
                        EventType.TASK_FAILED.name(), failed, "{\"reason\":\"MODEL_ERROR\",\"detail\":\"timeout\"}"));

        String after = metrics();
        assertThat(value(after, "hr_assist_tasks_started_total", JD)
                        - value(before, "hr_assist_tasks_started_total", JD))
                .isEqualTo(2);
        assertThat(delta(before, after, "hr_assist_tasks_ended_total", JD, "status=\"SUCCEEDED\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "hr_assist_tasks_ended_total", JD, "status=\"FAILED\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "hr_assist_task_duration_seconds_count", JD, "status=\"SUCCEEDED\""))
                .isEqualTo(1);
        assertThat(after).contains("hr_assist_task_duration_seconds_bucket{kind=\"JOB_DESCRIPTION\"");
        assertThat(value(after, "hr_assist_tasks_started_total", "kind=\"RESUME_EVALUATION\""))
                .as("every kind is there from the start")
                .isZero();
        assertThat(value(after, "hr_assist_outbox_oldest_seconds")).isGreaterThan(0);
    }

    @Test
    void aTaskEndedByADeadLetterIsCountedOnceAsOne() {
        String vacancy =
                createVacancy("Dead Letter Engineer", "RabbitMQ").get("id").asText();
        String task = requestJobDescription(vacancy);
        String before = metrics();
        assertThat(value(before, "hr_assist_dead_letters_total", JD))
                .as("there from the start")
                .isZero();
        var deadLetter = ingest(CloudEventRequests.binary(
                "/dead-letters",
                taskRequest(task).eventId(),
                API_SOURCE.toString(),
                EventType.JOB_DESCRIPTION_REQUESTED.name(),
                task,
                "{}"));

        client.toBlocking().exchange(deadLetter);
        client.toBlocking().exchange(deadLetter); // delivered again: nothing changes

        String after = metrics();
        assertThat(delta(before, after, "hr_assist_dead_letters_total", JD)).isEqualTo(1);
        assertThat(delta(before, after, "hr_assist_tasks_ended_total", JD, "status=\"FAILED\""))
                .isEqualTo(1);
    }

    private String requestJobDescription(String vacancy) {
        return call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/job-description", ""))
                .get("id")
                .asText();
    }

    private String metrics() {
        return client.toBlocking().retrieve(HttpRequest.GET("/prometheus"));
    }

    private static double delta(String before, String after, String name, String... labels) {
        return value(after, name, labels) - (before.contains(name + "{") ? valueOrZero(before, name, labels) : 0);
    }

    private static double valueOrZero(String text, String name, String... labels) {
        try {
            return value(text, name, labels);
        } catch (AssertionError e) {
            return 0;
        }
    }

    /** The sample of {@code name} whose labels include all of {@code labels}. */
    private static double value(String text, String name, String... labels) {
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " " + Arrays.toString(labels) + " in\n" + text));
    }
}
