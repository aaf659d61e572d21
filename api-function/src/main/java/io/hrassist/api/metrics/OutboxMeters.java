package io.hrassist.api.metrics;

import io.hrassist.api.domain.OutboxQueue;
import io.hrassist.api.domain.TaskKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Bound when the meter registry is made (on the first request or scrape, not at start): {@code
 * hr_assist_outbox_oldest_seconds}, how long the request event waiting longest in the outbox has waited (0 when none
 * waits; read from the database at each scrape), and every kind's {@code hr_assist_tasks_started_total} and
 * {@code hr_assist_dead_letters_total} from 0, so that a rate exists before the first task (or dead letter) of a kind.
 */
@Singleton
class OutboxMeters implements MeterBinder {

    private final OutboxQueue outbox;
    private final Clock clock;

    OutboxMeters(OutboxQueue outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("hr_assist_outbox_oldest", this, OutboxMeters::oldestSeconds)
                .description("How long the request event waiting longest in the outbox has waited")
                .baseUnit("seconds")
                .register(registry);
        for (TaskKind kind : TaskKind.values()) {
            TaskMetrics.started(registry, kind.name());
            TaskMetrics.deadLetters(registry, kind.name());
        }
    }

    private double oldestSeconds() {
        return outbox.oldestWaiting()
                .map(at -> Math.max(0, Duration.between(at, clock.instant()).toMillis() / 1000.0))
                .orElse(0.0);
    }
}
