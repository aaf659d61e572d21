package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases the candidates whose retention period has ended ({@link CandidateRetention}): not hired, and nothing changed
 * about them for the period after their vacancy closed (or, while it is open, after their last change). Each is erased
 * in its own transaction and audited with no actor; API replicas may run this side by side.
 */
@Singleton
public class EraseExpiredCandidates {

    private static final Logger LOG = LoggerFactory.getLogger(EraseExpiredCandidates.class);
    private static final int BATCH = 100;

    private final CandidateStore candidates;
    private final EraseCandidate eraseCandidate;
    private final ErasedTasks erasedTasks;
    private final CandidateRetention retention;
    private final Clock clock;

    EraseExpiredCandidates(
            CandidateStore candidates,
            EraseCandidate eraseCandidate,
            ErasedTasks erasedTasks,
            CandidateRetention retention,
            Clock clock) {
        this.candidates = candidates;
        this.eraseCandidate = eraseCandidate;
        this.erasedTasks = erasedTasks;
        this.retention = retention;
        this.clock = clock;
    }

    /** Erases every candidate due now; how many. */
    public int run() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(retention.candidates());
        int erased = 0;
        List<UUID> due;
        do {
            due = candidates.expired(cutoff, BATCH);
            due.forEach(id -> eraseCandidate.eraseBySystem(id, EraseCandidate.Cause.RETENTION));
            erased += due.size();
        } while (due.size() == BATCH);
        erasedTasks.forgetBefore(now.minus(retention.erasedTasks()));
        if (erased > 0) {
            LOG.info("Erased {} candidates whose retention period of {} ended", erased, retention.candidates());
        }
        return erased;
    }
}
