package io.hrassist.api.domain;

import io.hrassist.api.domain.InterviewFeedback.Rating;
import io.hrassist.api.domain.InterviewFeedback.Recommendation;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Keeps the caller's own interview feedback on a candidate: a rating per question of the vacancy's interview kit (the
 * one given, or the newest), an overall recommendation and a comment. Every question of the kit gets an entry, not
 * assessed where no rating was given. Anyone who may read the candidate may give feedback; audited.
 */
@Singleton
public class SubmitFeedback {

    private final CandidateAccess access;
    private final CandidateStore candidates;
    private final FeedbackStore feedback;
    private final InterviewKits kits;
    private final AuditLog audit;
    private final Clock clock;

    SubmitFeedback(
            CandidateAccess access,
            CandidateStore candidates,
            FeedbackStore feedback,
            InterviewKits kits,
            AuditLog audit,
            Clock clock) {
        this.access = access;
        this.candidates = candidates;
        this.feedback = feedback;
        this.kits = kits;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an interviewer submits; a rating is 1 to 5, or null for a question not assessed. */
    public record Submission(
            @Nullable UUID kitId, List<Answer> answers, Recommendation recommendation, String comment) {

        /** The rating of the answer to question {@code questionId} (its position in the kit, from 1). */
        public record Answer(int questionId, @Nullable Integer rating) {}
    }

    /** The feedback kept; {@link InvalidInputException} when it does not fit the kit or lacks a comment. */
    @Transactional
    public InterviewFeedback submit(UUID candidateId, Submission submission, Actor actor) {
        Candidate candidate = access.readable(candidateId, actor);
        String comment =
                submission.comment() == null ? "" : submission.comment().strip();
        if (comment.isEmpty() || comment.length() > InterviewFeedback.MAX_COMMENT) {
            throw new InvalidInputException(
                    "Feedback needs a comment of 1 to " + InterviewFeedback.MAX_COMMENT + " characters.");
        }
        InterviewKit kit = kit(candidate.vacancyId(), submission.kitId());
        List<Rating> ratings = ratings(kit, submission.answers());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        var kept = new InterviewFeedback(
                candidateId,
                actor.username(),
                kit == null ? null : kit.id(),
                ratings,
                submission.recommendation(),
                comment,
                firstSubmitted(candidateId, actor).orElse(now),
                now);
        feedback.save(kept);
        candidates.touch(candidateId, now);
        audit.record(
                actor.username(),
                AuditAction.INTERVIEW_FEEDBACK_SUBMITTED,
                Candidate.AUDIT_TYPE,
                candidateId,
                Map.of("recommendation", submission.recommendation()));
        return kept;
    }

    private Optional<Instant> firstSubmitted(UUID candidateId, Actor actor) {
        return feedback.of(candidateId).stream()
                .filter(f -> f.interviewer().equals(actor.username()))
                .map(InterviewFeedback::submittedAt)
                .findFirst();
    }

    private @Nullable InterviewKit kit(UUID vacancyId, @Nullable UUID kitId) {
        if (kitId == null) {
            return kits.newest(vacancyId).orElse(null);
        }
        return kits.find(kitId)
                .filter(kit -> kit.vacancyId().equals(vacancyId))
                .orElseThrow(() -> new InvalidInputException(
                        "Interview kit " + kitId + " is not one of this candidate's vacancy."));
    }

    private static List<Rating> ratings(@Nullable InterviewKit kit, List<Submission.Answer> answers) {
        int questions = kit == null ? 0 : kit.questions().size();
        Map<Integer, Integer> given = new HashMap<>();
        for (Submission.Answer answer : answers) {
            if (answer.questionId() < 1 || answer.questionId() > questions) {
                throw new InvalidInputException(
                        kit == null
                                ? "The vacancy has no interview kit yet: give feedback without ratings."
                                : "Question " + answer.questionId() + " is not in the kit (1 to " + questions + ").");
            }
            if (answer.rating() != null && (answer.rating() < 1 || answer.rating() > 5)) {
                throw new InvalidInputException("A rating is 1 to 5, or null for a question not assessed.");
            }
            if (given.containsKey(answer.questionId())) {
                throw new InvalidInputException("Question " + answer.questionId() + " is rated twice.");
            }
            given.put(answer.questionId(), answer.rating());
        }
        return IntStream.rangeClosed(1, questions)
                .mapToObj(id -> new Rating(id, kit.questions().get(id - 1), given.get(id)))
                .toList();
    }
}
