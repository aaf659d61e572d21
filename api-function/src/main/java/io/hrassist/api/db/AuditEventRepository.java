package io.hrassist.api.db;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEventRepository extends GenericRepository<AuditEventRow, Long> {

    /** The columns the row maps, by name (never {@code *}: see package-info). */
    String COLUMNS = "id, occurred_at, actor, action, object_type, object_id, detail";

    @Query("INSERT INTO audit_event (occurred_at, actor, action, object_type, object_id, detail) "
            + "VALUES (:occurredAt, :actor, :action, :objectType, :objectId, :detail)")
    void append(
            Instant occurredAt,
            @Nullable String actor,
            String action,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable String detail);

    @Query("INSERT INTO audit_event (occurred_at, actor, action, object_type, object_id) "
            + "SELECT CAST(:occurredAt AS timestamptz), :actor, :action, :objectType, :objectId WHERE NOT EXISTS (SELECT 1 FROM audit_event "
            + "WHERE object_type = :objectType AND object_id = :objectId AND occurred_at >= :since "
            + "AND actor = :actor AND action = :action)")
    void appendUnlessSince(
            Instant occurredAt, Instant since, String actor, String action, String objectType, String objectId);

    @Query("SELECT " + COLUMNS + " FROM audit_event WHERE object_type = :objectType AND object_id = :objectId "
            + "ORDER BY occurred_at, id")
    List<AuditEventRow> about(String objectType, String objectId);

    @Query("SELECT " + COLUMNS + " FROM audit_event WHERE (CAST(:actor AS varchar) IS NULL OR actor = :actor) "
            + "AND (CAST(:objectType AS varchar) IS NULL OR object_type = :objectType) "
            + "AND (CAST(:objectId AS varchar) IS NULL OR object_id = :objectId) "
            + "AND (CAST(:action AS varchar) IS NULL OR action = :action) "
            + "AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from) "
            + "AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to) "
            + "ORDER BY occurred_at DESC, id DESC LIMIT :limit")
    List<AuditEventRow> search(
            @Nullable String actor,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable String action,
            @Nullable Instant from,
            @Nullable Instant to,
            int limit);

    /**
     * Deletes through the owner's function (the app's role may not delete rows), which also keeps every entry younger
     * than 30 days; how many went.
     */
    @Query("SELECT forget_audit_events(CAST(:cutoff AS timestamptz))")
    int forgetBefore(Instant cutoff);
}
