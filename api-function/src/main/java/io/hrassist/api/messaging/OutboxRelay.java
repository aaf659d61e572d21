package io.hrassist.api.messaging;

import io.hrassist.api.db.OutboxRepository;
import io.hrassist.api.db.OutboxRow;
import io.hrassist.events.EventTypes;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to the broker ({@code K_SINK}) as binary-mode CloudEvents. An event leaves the outbox only
 * when the broker accepted it; a failed attempt is retried with exponential backoff (with jitter, capped), so nothing
 * is lost while the broker is down. Rows are locked with SKIP LOCKED, so several API replicas can relay side by side.
 */
@Singleton
class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 20;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final OutboxRepository outbox;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final String brokerUrl;
    private final HttpClient http;
    private boolean warned;

    OutboxRelay(
            OutboxRepository outbox,
            TransactionOperations<Connection> transactions,
            Clock clock,
            @Value("${hr-assist.broker.url:}") String brokerUrl) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.brokerUrl = brokerUrl;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Scheduled(fixedDelay = "${hr-assist.outbox.interval:200ms}", initialDelay = "1s")
    void relay() {
        if (brokerUrl.isBlank()) {
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
        for (OutboxRow row : due) {
            String failure = send(row);
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

    /** Null when the broker accepted the event, else why not. */
    private String send(OutboxRow row) {
        var request = HttpRequest.newBuilder(URI.create(brokerUrl))
                .timeout(Duration.ofSeconds(10))
                .header("ce-specversion", "1.0")
                .header("ce-id", row.eventId().toString())
                .header("ce-source", row.source())
                .header("ce-type", row.type())
                .header("ce-subject", row.subject())
                .header("ce-time", DateTimeFormatter.ISO_INSTANT.format(row.createdAt()))
                .header("ce-dataschema", EventTypes.dataSchema(row.type()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(row.data()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static Duration backoff(int attempts) {
        long millis = Math.min(MAX_BACKOFF.toMillis(), 500L << Math.min(attempts, 20));
        long jitter = ThreadLocalRandom.current().nextLong(millis / 5 + 1);
        return Duration.ofMillis(millis - jitter);
    }
}
