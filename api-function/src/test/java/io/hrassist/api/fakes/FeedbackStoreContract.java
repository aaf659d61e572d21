package io.hrassist.api.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.InterviewFeedback;
import io.hrassist.api.domain.InterviewFeedback.Rating;
import io.hrassist.api.domain.InterviewFeedback.Recommendation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link io.hrassist.api.domain.FeedbackStore} does. */
public abstract class FeedbackStoreContract extends PortContract {

    private Candidate candidate() {
        var vacancy = ports.vacancies().create(Rows.vacancy("Platform Engineer", HOUR_AGO));
        Candidate candidate = Rows.candidate(vacancy.id(), Rows.unique("resume "), HOUR_AGO);
        ports.candidates().create(candidate, new byte[] {1});
        return candidate;
    }

    private static InterviewFeedback feedback(
            Candidate candidate, String interviewer, Recommendation recommendation, Instant at) {
        return new InterviewFeedback(
                candidate.id(),
                interviewer,
                null,
                List.of(new Rating(1, "Tell us about Go", 4), new Rating(2, "And Kotlin?", null)),
                recommendation,
                "Solid",
                at,
                at);
    }

    @Test
    void keepsOneFeedbackPerInterviewerFirstSubmittedFirst() {
        Candidate candidate = candidate();
        var zoe = feedback(candidate, "zoe", Recommendation.YES, HOUR_AGO);
        var adam = feedback(candidate, "adam", Recommendation.NO, HOUR_AGO.plusSeconds(10));
        var bea = feedback(candidate, "bea", Recommendation.STRONG_YES, HOUR_AGO);

        ports.feedback().save(adam);
        ports.feedback().save(zoe);
        ports.feedback().save(bea);
        ports.feedback().save(feedback(candidate(), "zoe", Recommendation.NO, HOUR_AGO));

        assertThat(ports.feedback().of(candidate.id())).containsExactly(bea, zoe, adam);
    }

    @Test
    void aRevisionReplacesTheFeedbackButKeepsWhenItWasFirstSubmitted() {
        Candidate candidate = candidate();
        ports.feedback().save(feedback(candidate, "zoe", Recommendation.YES, HOUR_AGO));
        Instant revisedAt = HOUR_AGO.plusSeconds(600);
        var revision = new InterviewFeedback(
                candidate.id(),
                "zoe",
                null,
                List.of(new Rating(1, "Tell us about Go", 2)),
                Recommendation.NO,
                "Thought again",
                revisedAt,
                revisedAt);

        ports.feedback().save(revision);

        assertThat(ports.feedback().of(candidate.id()))
                .containsExactly(new InterviewFeedback(
                        candidate.id(),
                        "zoe",
                        null,
                        revision.ratings(),
                        Recommendation.NO,
                        "Thought again",
                        HOUR_AGO,
                        revisedAt));
    }

    @Test
    void erasesTheFeedbackWithItsCandidate() {
        Candidate candidate = candidate();
        ports.feedback().save(feedback(candidate, "zoe", Recommendation.YES, HOUR_AGO));

        ports.candidates().erase(candidate.id());

        assertThat(ports.feedback().of(candidate.id())).isEmpty();
    }
}
