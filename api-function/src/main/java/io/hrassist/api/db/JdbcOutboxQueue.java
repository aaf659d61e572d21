package io.hrassist.api.db;

import io.hrassist.api.domain.OutboxQueue;
import io.hrassist.api.domain.QueuedEvent;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table as the relay sees it: claims commit in their own transaction ({@code REQUIRES_NEW}). */
@Singleton
class JdbcOutboxQueue implements OutboxQueue {

    private final OutboxRepository outbox;

    JdbcOutboxQueue(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<QueuedEvent> claimDue(int limit, Instant claimedUntil) {
        return claimed(outbox.lockDue(limit), claimedUntil);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<QueuedEvent> claimWaiting(int limit, Instant claimedUntil) {
        return claimed(outbox.lockWaiting(limit), claimedUntil);
    }

    @Override
    public void delivered(long id) {
        outbox.deleteById(id);
    }

    @Override
    public void retryLater(long id, Instant nextAttemptAt, String lastError) {
        outbox.retryLater(id, nextAttemptAt, lastError);
    }

    @Override
    public long count() {
        return outbox.count();
    }

    @Override
    public Optional<Instant> oldestWaiting() {
        return outbox.oldestCreatedAt();
    }

    private List<QueuedEvent> claimed(List<ClaimedRow> rows, Instant claimedUntil) {
        if (!rows.isEmpty()) {
            outbox.claim(rows.stream().map(ClaimedRow::id).toList(), claimedUntil);
        }
        return rows.stream()
                .map(row -> new QueuedEvent(
                        row.id(),
                        row.eventId(),
                        row.type(),
                        row.source(),
                        row.subject(),
                        row.data(),
                        row.attempts(),
                        row.createdAt(),
                        row.traceparent()))
                .toList();
    }
}
