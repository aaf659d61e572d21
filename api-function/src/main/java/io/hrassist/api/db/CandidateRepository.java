package io.hrassist.api.db;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CandidateRepository extends GenericRepository<CandidateRow, UUID> {

    String LISTING = "SELECT c.id, c.vacancy_id, c.file_name, c.media_type, c.size_bytes, c.sha256, "
            + "c.evaluation_task_id, c.created_at, t.status, t.score, t.result AS evaluation "
            + "FROM candidate c LEFT JOIN task t ON t.id = c.evaluation_task_id ";

    CandidateRow save(CandidateRow row);

    @Query(LISTING + "WHERE c.id = :id")
    Optional<CandidateListing> findListing(UUID id);

    @Query(LISTING + "WHERE c.vacancy_id = :vacancyId ORDER BY t.score DESC NULLS LAST, c.created_at, c.id")
    List<CandidateListing> ranked(UUID vacancyId);

    @Query("UPDATE candidate SET evaluation_task_id = :taskId WHERE id = :id")
    void updateEvaluationTaskId(UUID id, UUID taskId);
}
