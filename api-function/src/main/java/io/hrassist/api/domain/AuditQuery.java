package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which audit entries to read: every filter is optional; {@code from} inclusive, {@code to} exclusive. */
public record AuditQuery(
        @Nullable String actor,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable AuditAction action,
        @Nullable Instant from,
        @Nullable Instant to,
        int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit: between 1 and " + MAX_LIMIT);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException("from must be before to");
        }
    }

    /** The filters given, as the audit log records a read. */
    Map<String, Object> filters() {
        var filters = new LinkedHashMap<String, Object>();
        put(filters, "actor", actor);
        put(filters, "objectType", objectType);
        put(filters, "object", objectId);
        put(filters, "action", action);
        put(filters, "from", from == null ? null : from.toString());
        put(filters, "to", to == null ? null : to.toString());
        filters.put("limit", limit);
        return filters;
    }

    private static void put(Map<String, Object> filters, String name, @Nullable Object value) {
        if (value != null) {
            filters.put(name, value);
        }
    }
}
