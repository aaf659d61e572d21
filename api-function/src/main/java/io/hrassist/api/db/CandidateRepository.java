package io.hrassist.api.db;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CandidateRepository extends GenericRepository<CandidateRow, UUID> {

    String LISTING = "SELECT c.id, c.vacancy_id, c.file_name, c.media_type, c.size_bytes, c.sha256, "
            + "c.evaluation_task_id, c.created_at, t.status, t.score, t.result AS evaluation, c.stage, c.updated_at, "
            + "c.contact_name, c.contact_email, c.contact_phone, c.contact_links FROM candidate c LEFT JOIN task t ON t.id = c.evaluation_task_id ";

    /** Inserts the candidate unless the vacancy has one with the same file; 0 when it has (waits for a concurrent one). */
    @Query("INSERT INTO candidate (id, vacancy_id, file_name, media_type, size_bytes, sha256, document, "
            + "evaluation_task_id, created_at, stage, updated_at) VALUES (:id, :vacancyId, :fileName, :mediaType, "
            + ":sizeBytes, :sha256, :document, :evaluationTaskId, :createdAt, :stage, :updatedAt) "
            + "ON CONFLICT (vacancy_id, sha256) DO NOTHING")
    int insertUnlessDuplicate(
            UUID id,
            UUID vacancyId,
            String fileName,
            String mediaType,
            int sizeBytes,
            String sha256,
            byte[] document,
            @Nullable UUID evaluationTaskId,
            Instant createdAt,
            String stage,
            Instant updatedAt);

    @Query("SELECT id FROM candidate WHERE vacancy_id = :vacancyId AND sha256 = :sha256")
    Optional<UUID> findIdByContent(UUID vacancyId, String sha256);

    @Query(LISTING + "WHERE c.id = :id")
    Optional<CandidateListing> findListing(UUID id);

    @Query(LISTING + "WHERE c.vacancy_id = :vacancyId ORDER BY t.score DESC NULLS LAST, c.created_at, c.id")
    List<CandidateListing> ranked(UUID vacancyId);

    @Query("UPDATE candidate SET evaluation_task_id = :taskId WHERE id = :id")
    void updateEvaluationTaskId(UUID id, UUID taskId);

    @Query("UPDATE candidate SET contact_name = :name, contact_email = :email, contact_phone = :phone, "
            + "contact_links = :links WHERE id = :id")
    void keepContact(UUID id, @Nullable String name, @Nullable String email, @Nullable String phone, String links);

    @Query("UPDATE candidate SET updated_at = :at WHERE id = :id")
    void touch(UUID id, Instant at);

    @Query("UPDATE candidate SET stage = :to, updated_at = :at WHERE id = :id AND stage = :from")
    int moveStage(UUID id, String from, String to, Instant at);

    @Query("DELETE FROM candidate WHERE id = :id")
    int erase(UUID id);

    @Query("SELECT c.id FROM candidate c JOIN vacancy v ON v.id = c.vacancy_id WHERE c.stage <> 'HIRED' "
            + "AND GREATEST(c.updated_at, v.closed_at) < :cutoff ORDER BY c.updated_at, c.id LIMIT :limit")
    List<UUID> expired(Instant cutoff, int limit);
}
