package io.hrassist.api;

import io.hrassist.api.domain.CandidateRetention;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/** How long candidate data is kept, from {@code hr-assist.retention.*}. */
@Factory
class RetentionSettings {

    @Singleton
    CandidateRetention candidateRetention(
            @Value("${hr-assist.retention.candidates:180d}") Duration candidates,
            @Value("${hr-assist.retention.erased-tasks:30d}") Duration erasedTasks) {
        return new CandidateRetention(candidates, erasedTasks);
    }
}
