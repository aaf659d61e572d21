package io.hrassist.api.fakes;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.hrassist.api.domain.Outbox;
import io.hrassist.api.domain.OutboxQueue;
import io.hrassist.api.domain.OutgoingEvent;
import io.hrassist.api.domain.QueuedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The outbox table in memory, both sides: {@link Outbox} for the use cases, {@link OutboxQueue} for the relay. An event
 * is due from when it is added; a claim makes it not due until the claim runs out. Single-threaded, so no other relay
 * ever holds a row: "skipping those another relay is claiming" cannot happen here.
 */
public final class InMemoryOutbox implements Outbox, OutboxQueue {

    private final String source;
    private final Clock clock;
    private final TreeMap<Long, Row> rows = new TreeMap<>();
    private final Set<UUID> eventIds = new HashSet<>();
    private long nextId = 1;

    InMemoryOutbox(String source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    @Override
    public void add(OutgoingEvent event) {
        if (!eventIds.add(event.id())) {
            throw new IllegalStateException("Duplicate event id " + event.id());
        }
        byte[] data;
        try {
            data = InMemoryStores.JSON.writeValueAsBytes(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Instant now = clock.instant();
        long id = nextId++;
        rows.put(id, new Row(id, event.id(), event.type(), event.subject(), data, now));
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public List<QueuedEvent> claimDue(int limit, Instant claimedUntil) {
        Instant now = clock.instant();
        return claim(
                rows.values().stream()
                        .filter(row -> !row.nextAttemptAt.isAfter(now))
                        .limit(limit)
                        .toList(),
                claimedUntil);
    }

    @Override
    public List<QueuedEvent> claimWaiting(int limit, Instant claimedUntil) {
        return claim(rows.values().stream().limit(limit).toList(), claimedUntil);
    }

    @Override
    public void delivered(long id) {
        Row row = rows.remove(id);
        if (row != null) {
            eventIds.remove(row.eventId);
        }
    }

    @Override
    public void retryLater(long id, Instant nextAttemptAt, String lastError) {
        Row row = rows.get(id);
        if (row != null) {
            row.attempts++;
            row.nextAttemptAt = nextAttemptAt;
            row.lastError = lastError;
        }
    }

    @Override
    public long count() {
        return rows.size();
    }

    @Override
    public Optional<Instant> oldestWaiting() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.firstEntry().getValue().createdAt);
    }

    /** The events waiting, oldest first, without claiming them: what a test looks at. */
    public List<QueuedEvent> waiting() {
        return rows.values().stream().map(this::queued).toList();
    }

    /** What removing a task does to its request still waiting (the {@code task_erased} trigger). */
    void forgetSubject(String subject) {
        List<Long> gone = new ArrayList<>();
        rows.values().stream().filter(row -> row.subject.equals(subject)).forEach(row -> gone.add(row.id));
        gone.forEach(this::delivered);
    }

    private List<QueuedEvent> claim(List<Row> claimed, Instant claimedUntil) {
        claimed.forEach(row -> row.nextAttemptAt = claimedUntil);
        return claimed.stream().map(this::queued).toList();
    }

    private QueuedEvent queued(Row row) {
        return new QueuedEvent(
                row.id,
                row.eventId,
                row.type,
                source,
                row.subject,
                row.data.clone(),
                row.attempts,
                row.createdAt,
                null);
    }

    private static final class Row {
        final long id;
        final UUID eventId;
        final String type;
        final String subject;
        final byte[] data;
        final Instant createdAt;
        int attempts;
        Instant nextAttemptAt;
        String lastError;

        Row(long id, UUID eventId, String type, String subject, byte[] data, Instant now) {
            this.id = id;
            this.eventId = eventId;
            this.type = type;
            this.subject = subject;
            this.data = data;
            this.createdAt = now;
            this.nextAttemptAt = now;
        }
    }
}
