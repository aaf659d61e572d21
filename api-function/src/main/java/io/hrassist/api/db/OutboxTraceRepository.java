package io.hrassist.api.db;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxTraceRepository extends GenericRepository<OutboxTrace, Long> {

    OutboxTrace save(OutboxTrace trace);
}
