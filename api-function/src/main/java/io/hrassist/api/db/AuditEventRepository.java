package io.hrassist.api.db;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.annotation.Nullable;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEventRepository extends GenericRepository<AuditEventRow, Long> {

    @Query("INSERT INTO audit_event (occurred_at, actor, action, object_type, object_id, detail) "
            + "VALUES (:occurredAt, :actor, :action, :objectType, :objectId, :detail)")
    void append(
            Instant occurredAt,
            @Nullable String actor,
            String action,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable String detail);
}
