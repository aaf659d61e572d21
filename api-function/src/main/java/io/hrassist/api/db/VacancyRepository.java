package io.hrassist.api.db;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface VacancyRepository extends CrudRepository<VacancyRow, UUID> {

    @Query("SELECT * FROM vacancy WHERE (:query = '' OR title ILIKE '%' || :query || '%') "
            + "ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
    List<VacancyRow> search(String query, int offset, int limit);

    @Query(
            "SELECT EXISTS (SELECT 1 FROM vacancy_hiring_manager WHERE vacancy_id = :vacancyId AND username = :username)")
    boolean isAssigned(UUID vacancyId, String username);
}
