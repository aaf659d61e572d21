package io.hrassist.api.db;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxRepository extends GenericRepository<OutboxRow, Long> {

    /** The columns the row maps, by name (never {@code *}: see package-info). */
    String COLUMNS = "id, event_id, type, source, subject, data, attempts, next_attempt_at, last_error, created_at";

    OutboxRow save(OutboxRow row);

    /** What a claim reads: the event and the trace context of the request that stored it (outbox_trace, if any). */
    String CLAIMED = "SELECT o.id, o.event_id, o.type, o.source, o.subject, o.data, o.attempts, o.created_at, "
            + "t.traceparent FROM outbox_event o LEFT JOIN outbox_trace t ON t.outbox_id = o.id ";

    /** Due events, oldest first, locked until the transaction ends so that other API replicas skip them. */
    @Query(CLAIMED + "WHERE o.next_attempt_at <= now() ORDER BY o.id LIMIT :limit FOR UPDATE OF o SKIP LOCKED")
    List<ClaimedRow> lockDue(int limit);

    /** Waiting events whether due or not, oldest first, locked: the last tries before the API stops. */
    @Query(CLAIMED + "ORDER BY o.id LIMIT :limit FOR UPDATE OF o SKIP LOCKED")
    List<ClaimedRow> lockWaiting(int limit);

    /** Everything still waiting, oldest first, without locking (for inspection). */
    @Query("SELECT " + COLUMNS + " FROM outbox_event ORDER BY id")
    List<OutboxRow> waiting();

    /**
     * Claims events for a delivery: they are not due again until {@code until}, so that the claim can be committed before
     * the events go over the network and other replicas still skip them; a relay that dies while sending leaves them to
     * be tried again then.
     */
    @Query("UPDATE outbox_event SET next_attempt_at = :until WHERE id IN (:ids)")
    void claim(Collection<Long> ids, Instant until);

    void deleteById(Long id);

    @Query("UPDATE outbox_event SET attempts = attempts + 1, next_attempt_at = :nextAttemptAt, last_error = :lastError "
            + "WHERE id = :id")
    void retryLater(Long id, Instant nextAttemptAt, String lastError);

    long count();

    /** When the oldest waiting event was added (ids grow with time; delivered events are deleted). */
    @Query("SELECT created_at FROM outbox_event ORDER BY id LIMIT 1")
    Optional<Instant> oldestCreatedAt();
}
