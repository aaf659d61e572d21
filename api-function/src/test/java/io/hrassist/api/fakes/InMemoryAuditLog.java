package io.hrassist.api.fakes;

import io.hrassist.api.domain.AuditAction;
import io.hrassist.api.domain.AuditEntry;
import io.hrassist.api.domain.AuditLog;
import io.hrassist.api.domain.AuditQuery;
import io.hrassist.api.domain.AuditRetention;
import io.hrassist.api.domain.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The audit log in a list, both sides: {@link AuditLog} to write, {@link AuditTrail} to read and forget. */
public final class InMemoryAuditLog implements AuditLog, AuditTrail {

    private final Clock clock;
    private final List<AuditEntry> entries = new ArrayList<>();
    private long nextId = 1;

    InMemoryAuditLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void record(String actor, AuditAction action, String objectType, Object objectId, Map<String, ?> detail) {
        append(
                clock.instant(),
                actor,
                action,
                objectType,
                objectId,
                detail.isEmpty() ? null : InMemoryStores.json(detail));
    }

    @Override
    public void recordAtMostEvery(
            Duration window, String actor, AuditAction action, String objectType, Object objectId) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        boolean recent = entries.stream()
                .anyMatch(e -> Objects.equals(e.objectType(), objectType)
                        && Objects.equals(e.objectId(), objectId.toString())
                        && !e.occurredAt().isBefore(since)
                        && Objects.equals(e.actor(), actor)
                        && e.action().equals(action.name()));
        if (!recent) {
            append(now, actor, action, objectType, objectId, null);
        }
    }

    @Override
    public List<AuditEntry> find(AuditQuery q) {
        return entries.stream()
                .filter(e -> q.actor() == null || q.actor().equals(e.actor()))
                .filter(e -> q.objectType() == null || q.objectType().equals(e.objectType()))
                .filter(e -> q.objectId() == null || q.objectId().equals(e.objectId()))
                .filter(e -> q.action() == null || q.action().name().equals(e.action()))
                .filter(e -> q.from() == null || !e.occurredAt().isBefore(q.from()))
                .filter(e -> q.to() == null || e.occurredAt().isBefore(q.to()))
                .sorted(Comparator.comparing(AuditEntry::occurredAt)
                        .thenComparingLong(AuditEntry::id)
                        .reversed())
                .limit(q.limit())
                .toList();
    }

    @Override
    public List<AuditEntry> about(String objectType, String objectId) {
        return entries.stream()
                .filter(e -> objectType.equals(e.objectType()) && objectId.equals(e.objectId()))
                .sorted(Comparator.comparing(AuditEntry::occurredAt).thenComparingLong(AuditEntry::id))
                .toList();
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        Instant floor = clock.instant().minus(AuditRetention.MINIMUM);
        Instant before = cutoff.isBefore(floor) ? cutoff : floor;
        int count = entries.size();
        entries.removeIf(e -> e.occurredAt().isBefore(before));
        return count - entries.size();
    }

    /** An entry recorded at {@code at}, as if long ago (the port records at the clock's now only). */
    void recordAt(Instant at, String actor, AuditAction action, String objectType, Object objectId) {
        append(at, actor, action, objectType, objectId, null);
    }

    private void append(
            Instant at, String actor, AuditAction action, String objectType, Object objectId, String detail) {
        entries.add(new AuditEntry(
                nextId++, at, actor, action.name(), objectType, objectId == null ? null : objectId.toString(), detail));
    }
}
