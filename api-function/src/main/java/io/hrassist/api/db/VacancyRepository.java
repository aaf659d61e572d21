package io.hrassist.api.db;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface VacancyRepository extends CrudRepository<VacancyRow, UUID> {

    List<VacancyRow> findByIdIn(Collection<UUID> ids);

    @Query(
            "SELECT EXISTS (SELECT 1 FROM vacancy_hiring_manager WHERE vacancy_id = :vacancyId AND username = :username)")
    boolean isAssigned(UUID vacancyId, String username);

    @Query("SELECT vacancy_id, username FROM vacancy_hiring_manager WHERE vacancy_id IN (:vacancyIds) "
            + "ORDER BY username")
    List<Assignment> assignments(Collection<UUID> vacancyIds);

    @Query("SELECT content_changed_at FROM vacancy WHERE id = :id AND content_changed_at IS NOT NULL")
    Optional<Instant> findContentChangedAtById(UUID id);

    @Query("DELETE FROM vacancy_hiring_manager WHERE vacancy_id = :vacancyId")
    void unassignAll(UUID vacancyId);

    @Query("INSERT INTO vacancy_hiring_manager (vacancy_id, username) VALUES (:vacancyId, :username)")
    void assign(UUID vacancyId, String username);

    @Query("UPDATE vacancy SET closed_at = :closedAt, archived_at = :archivedAt, updated_at = :now WHERE id = :id")
    void setStatus(UUID id, @Nullable Instant closedAt, @Nullable Instant archivedAt, Instant now);
}
