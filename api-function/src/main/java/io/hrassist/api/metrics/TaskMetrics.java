package io.hrassist.api.metrics;

import io.hrassist.api.domain.TaskEnded;
import io.hrassist.api.domain.TaskStarted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Counts the tasks at {@code /prometheus} once the change that started or ended one commits:
 * {@code hr_assist_tasks_started_total{kind}}, {@code hr_assist_tasks_ended_total{kind,status}} and
 * {@code hr_assist_task_duration_seconds{kind,status}} (request to stored result, a histogram) and
 * {@code hr_assist_dead_letters_total{kind}} (tasks a dead letter ended: undelivered or unhandled). The chart's alerts and
 * dashboard use them ({@link OutboxMeters} has the outbox's). Never a vacancy, candidate or task id as a label.
 */
@Singleton
@Requires(bean = MeterRegistry.class)
class TaskMetrics {

    private final MeterRegistry registry;

    TaskMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onStarted(TaskStarted started) {
        started(registry, started.kind().name()).increment();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onEnded(TaskEnded ended) {
        String kind = ended.kind().name();
        String status = ended.status().name();
        Counter.builder("hr_assist_tasks_ended")
                .description("Tasks that ended, by kind and status")
                .tags("kind", kind, "status", status)
                .register(registry)
                .increment();
        Timer.builder("hr_assist_task_duration")
                .description("From a task's request to its stored result")
                .tags("kind", kind, "status", status)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(50))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry)
                .record(ended.took());
        if (ended.undelivered()) {
            deadLetters(registry, kind).increment();
        }
    }

    static Counter deadLetters(MeterRegistry registry, String kind) {
        return Counter.builder("hr_assist_dead_letters")
                .description("Tasks ended as failed because their event came back as a dead letter, by kind")
                .tag("kind", kind)
                .register(registry);
    }

    static Counter started(MeterRegistry registry, String kind) {
        return Counter.builder("hr_assist_tasks_started")
                .description("Tasks started (requested, or recorded from another system's result), by kind")
                .tag("kind", kind)
                .register(registry);
    }
}
