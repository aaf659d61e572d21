package io.hrassist.api.fakes;

import io.hrassist.api.domain.AuditAction;
import io.hrassist.api.domain.AuditLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The audit log as a list of entries, for a test to read back. */
public final class InMemoryAuditLog implements AuditLog {

    /** One entry as recorded. */
    public record Entry(String actor, AuditAction action, String objectType, Object objectId, Map<String, ?> detail) {}

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public void record(String actor, AuditAction action, String objectType, Object objectId, Map<String, ?> detail) {
        entries.add(new Entry(actor, action, objectType, objectId, Map.copyOf(detail)));
    }

    @Override
    public void recordAtMostEvery(
            Duration window, String actor, AuditAction action, String objectType, Object objectId) {
        record(actor, action, objectType, objectId, Map.of());
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
