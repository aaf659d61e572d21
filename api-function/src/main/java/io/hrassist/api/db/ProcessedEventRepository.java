package io.hrassist.api.db;

import io.hrassist.api.domain.Inbox;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The inbox as one statement: inserting an already-seen (source, id) changes no row. (The parameters are not named
 * like {@link OutboxRow} properties, so they bind as the plain strings they are.)
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProcessedEventRepository extends GenericRepository<OutboxRow, Long>, Inbox {

    @Query("INSERT INTO processed_event (source, event_id) VALUES (:messageSource, :messageId) ON CONFLICT DO NOTHING")
    int insertIfAbsent(String messageSource, String messageId);

    @Override
    default boolean firstDelivery(String source, String eventId) {
        return insertIfAbsent(source, eventId) == 1;
    }
}
