package io.hrassist.api.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.hrassist.api.db.OutboxRepository;
import io.hrassist.api.db.OutboxRow;
import io.hrassist.events.EventTypes;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to the broker (its HTTP ingress or RabbitMQ, see {@link EventSink}) as CloudEvents, a batch
 * several at a time. An event leaves the outbox only when the broker accepted it; a failed attempt is retried with
 * exponential backoff (with jitter, capped), so nothing is lost while the broker is down. Rows are locked with SKIP
 * LOCKED, so several API replicas can relay side by side.
 */
@Singleton
class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 50;
    /** Deliveries of one batch in flight at once. */
    private static final int PARALLEL = 8;

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final OutboxRepository outbox;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final EventSink sink;
    private final ExecutorService senders = Executors.newFixedThreadPool(PARALLEL, runnable -> {
        var thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private boolean warned;

    OutboxRelay(OutboxRepository outbox, TransactionOperations<Connection> transactions, Clock clock, EventSink sink) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.sink = sink;
    }

    @Scheduled(fixedDelay = "${hr-assist.outbox.interval:200ms}", initialDelay = "1s")
    void relay() {
        if (!sink.available()) {
            if (!warned) {
                LOG.warn("No broker URL (K_SINK): request events wait in the outbox until one is configured");
                warned = true;
            }
            return;
        }
        int delivered;
        do {
            delivered = transactions.executeWrite(status -> deliverDue());
        } while (delivered == BATCH);
    }

    /** Tries every due event of one batch; returns how many were looked at. */
    private int deliverDue() {
        List<OutboxRow> due = outbox.lockDue(BATCH);
        List<Future<String>> sent =
                due.stream().map(row -> senders.submit(() -> send(row))).toList();
        for (int i = 0; i < due.size(); i++) {
            OutboxRow row = due.get(i);
            String failure = outcome(sent.get(i));
            if (failure == null) {
                outbox.deleteById(row.id());
            } else {
                Duration wait = backoff(row.attempts());
                LOG.warn(
                        "Delivering {} {} failed (attempt {}): {}; next try in {} ms",
                        row.type(),
                        row.eventId(),
                        row.attempts() + 1,
                        failure,
                        wait.toMillis());
                outbox.retryLater(row.id(), clock.instant().plus(wait), failure);
            }
        }
        return due.size();
    }

    private static String outcome(Future<String> sending) {
        try {
            return sending.get();
        } catch (ExecutionException e) {
            return e.getCause().toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    /** Null when the broker accepted the event, else why not. */
    private String send(OutboxRow row) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(row.eventId().toString())
                .withSource(URI.create(row.source()))
                .withType(row.type())
                .withSubject(row.subject())
                .withTime(row.createdAt().atOffset(ZoneOffset.UTC))
                .withDataSchema(URI.create(EventTypes.dataSchema(row.type())))
                .withDataContentType("application/json")
                .withData(row.data())
                .build();
        try {
            sink.deliver(event);
            return null;
        } catch (EventSink.DeliveryException e) {
            return e.getMessage();
        }
    }

    static Duration backoff(int attempts) {
        long millis = Math.min(MAX_BACKOFF.toMillis(), 500L << Math.min(attempts, 20));
        long jitter = ThreadLocalRandom.current().nextLong(millis / 5 + 1);
        return Duration.ofMillis(millis - jitter);
    }
}
