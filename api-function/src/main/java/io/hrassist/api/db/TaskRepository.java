package io.hrassist.api.db;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TaskRepository extends CrudRepository<TaskRow, UUID> {

    /** The columns the row maps, by name (never {@code *}: see package-info). */
    String COLUMNS =
            "id, kind, status, vacancy_id, candidate_id, origin, source, result, error, score, created_at, updated_at, completed_at, request_event_id";

    @Query("UPDATE task SET status = :status, result = :result, error = :error, score = :score, "
            + "updated_at = now(), completed_at = now() WHERE id = :id AND status = 'PENDING'")
    int complete(UUID id, String status, @Nullable String result, @Nullable String error, @Nullable Integer score);

    @Query("SELECT id, created_at FROM task WHERE id IN (:ids)")
    List<TaskStart> startedAt(Collection<UUID> ids);

    @Query("SELECT " + COLUMNS + " FROM task WHERE (CAST(:vacancyId AS uuid) IS NULL OR vacancy_id = :vacancyId) "
            + "AND (CAST(:kind AS varchar) IS NULL OR kind = :kind) "
            + "AND (CAST(:hiringManager AS varchar) IS NULL OR vacancy_id IN "
            + "(SELECT vacancy_id FROM vacancy_hiring_manager WHERE username = :hiringManager)) "
            + "ORDER BY created_at DESC, id LIMIT :limit")
    List<TaskRow> search(@Nullable UUID vacancyId, @Nullable String kind, int limit, @Nullable String hiringManager);

    List<TaskRow> findByCandidateIdOrderByCreatedAt(UUID candidateId);
}
