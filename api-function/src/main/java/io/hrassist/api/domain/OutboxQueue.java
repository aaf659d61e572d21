package io.hrassist.api.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The relay's side of the outbox. A claim is made in a transaction of its own that has committed when the method
 * returns: the claimed events are not due again until {@code claimedUntil}, so they can go over the network with no row
 * lock held while other relays skip them, and a relay that dies while sending leaves them to be tried again then.
 */
public interface OutboxQueue {

    /** Claims up to {@code limit} due events, oldest first, skipping those another relay is claiming right now. */
    List<QueuedEvent> claimDue(int limit, Instant claimedUntil);

    /** As {@link #claimDue}, due or not: the last tries before the API stops. */
    List<QueuedEvent> claimWaiting(int limit, Instant claimedUntil);

    /** The broker accepted the event: it leaves the outbox. */
    void delivered(long id);

    /** The delivery failed: tried again from {@code nextAttemptAt}, one more attempt counted. */
    void retryLater(long id, Instant nextAttemptAt, String lastError);

    /** Events still waiting. */
    long count();

    /** When the event waiting longest was added; empty when none waits. */
    Optional<Instant> oldestWaiting();
}
