package io.hrassist.api.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.hrassist.api.domain.OutboxFilled;
import io.hrassist.api.domain.OutboxQueue;
import io.hrassist.api.domain.QueuedEvent;
import io.hrassist.events.EventType;
import io.hrassist.events.binding.EventSpans;
import io.hrassist.events.binding.Traceparent;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import io.opentelemetry.context.Context;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to the broker (its HTTP ingress or RabbitMQ, see {@link EventSink}) as CloudEvents, a batch
 * several at a time. An event leaves the outbox only when the broker accepted it; a failed attempt is retried with
 * exponential backoff (with jitter, capped), so nothing is lost while the broker is down. A batch is claimed in a short
 * transaction of its own (rows picked with SKIP LOCKED, then not due again for {@link #CLAIM}) that commits before any
 * event is sent, so no row lock is held during network I/O and several API replicas relay side by side; a relay that
 * dies while sending leaves its batch to be tried again when the claim runs out (consumers drop duplicates by id).
 *
 * <p>Nothing wakes an API scaled to zero for the outbox: a new event is relayed as soon as its transaction commits (not
 * at the next timed run), the timed runs retry while the API runs, the first runs one second after a start (any
 * request that starts the API delivers what waited), and before the API stops it tries every waiting event once more,
 * due or not, for up to {@code hr-assist.outbox.drain-timeout} (Knative's scale-down, a rollout).
 */
@Singleton
class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 50;
    /** Deliveries of one batch in flight at once. */
    private static final int PARALLEL = 8;

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    /** How long a claimed batch is left alone: longer than sending a whole batch to a broker that times out. */
    static final Duration CLAIM = Duration.ofMinutes(3);

    private final OutboxQueue outbox;
    private final Clock clock;
    private final EventSink sink;
    private final ExecutorService senders = Executors.newFixedThreadPool(PARALLEL, runnable -> {
        var thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService kicks = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "outbox-kick");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean kicked = new AtomicBoolean();
    private final Duration drainTimeout;
    private volatile boolean warned;

    OutboxRelay(
            OutboxQueue outbox,
            Clock clock,
            EventSink sink,
            @Value("${hr-assist.outbox.drain-timeout:20s}") Duration drainTimeout) {
        this.outbox = outbox;
        this.clock = clock;
        this.sink = sink;
        this.drainTimeout = drainTimeout;
    }

    /** Relays at once what a committed transaction added; kicks that arrive while one is queued join it. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onFilled(OutboxFilled filled) {
        if (sink.available() && kicked.compareAndSet(false, true)) {
            // Not in the committing request's trace (an agent carries it into executors): each event goes in its own.
            kicks.execute(Context.root().wrap(() -> {
                kicked.set(false);
                relay();
            }));
        }
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
            delivered = deliver(outbox.claimDue(BATCH, clock.instant().plus(CLAIM)));
        } while (delivered == BATCH);
    }

    /** Tries every waiting event, due or not, until none waits or the drain timeout passed. */
    void drain() {
        if (!sink.available()) {
            return;
        }
        var deadline = clock.instant().plus(drainTimeout);
        while (outbox.count() > 0
                && clock.instant().isBefore(deadline)
                && !Thread.currentThread().isInterrupted()) {
            int tried = deliver(outbox.claimWaiting(BATCH, clock.instant().plus(CLAIM)));
            if (tried < BATCH && outbox.count() > 0) {
                sleep(Duration.ofMillis(500));
            }
        }
        long left = outbox.count();
        if (left > 0) {
            LOG.warn("Stopping with {} undelivered events: the next start delivers them", left);
        }
    }

    /** Tries every event of one claimed batch, outside any transaction; returns how many were looked at. */
    private int deliver(List<QueuedEvent> due) {
        List<Future<String>> sent =
                due.stream().map(row -> senders.submit(() -> send(row))).toList();
        for (int i = 0; i < due.size(); i++) {
            QueuedEvent row = due.get(i);
            String failure = outcome(sent.get(i));
            if (failure == null) {
                outbox.delivered(row.id());
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
        kicks.shutdownNow();
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warn("Could not drain the outbox before stopping: {}", e.toString());
        }
        senders.shutdownNow();
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Null when the broker accepted the event, else why not. The event goes in the trace of the request that stored it,
     * or of its task ({@link Traceparent#ofTask}), as the child of a span of its own when a tracer is attached.
     */
    private String send(QueuedEvent row) {
        String id = row.eventId().toString();
        String parent = row.traceparent() != null
                ? row.traceparent()
                : Traceparent.ofTask(row.subject(), id).orElse(null);
        try (var span = EventSpans.sending(row.type(), id, row.subject(), parent)) {
            try {
                String error = send(row, span.traceparent().orElse(parent));
                if (error != null) {
                    span.failed("The broker did not accept the event");
                }
                return error;
            } catch (RuntimeException e) {
                span.failed("The event could not be sent");
                throw e;
            }
        }
    }

    private String send(QueuedEvent row, String traceparent) {
        var builder = CloudEventBuilder.v1();
        if (traceparent != null) {
            builder.withExtension(Traceparent.EXTENSION, traceparent);
        }
        CloudEvent event = builder.withId(row.eventId().toString())
                .withSource(URI.create(row.source()))
                .withType(row.type())
                .withSubject(row.subject())
                .withTime(row.createdAt().atOffset(ZoneOffset.UTC))
                .withDataSchema(
                        URI.create(EventType.named(row.type()).orElseThrow().dataSchema()))
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
