package io.hrassist.api;

import io.hrassist.api.domain.EraseExpiredCandidates;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Erases the candidates whose retention period ended ({@code hr-assist.retention.candidates}, see {@link
 * RetentionSettings}), every {@code hr-assist.retention.interval}.
 */
@Singleton
class CandidateRetentionJob {

    private final EraseExpiredCandidates eraseExpired;

    CandidateRetentionJob(EraseExpiredCandidates eraseExpired) {
        this.eraseExpired = eraseExpired;
    }

    @Scheduled(
            fixedDelay = "${hr-assist.retention.interval:1h}",
            initialDelay = "${hr-assist.retention.initial-delay:2m}")
    void run() {
        eraseExpired.run();
    }
}
