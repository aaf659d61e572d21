package io.hrassist.api.fakes;

import io.hrassist.api.domain.FeedbackStore;
import io.hrassist.api.domain.InterviewFeedback;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feedback in a map by candidate and interviewer: a revision replaces the earlier feedback but keeps when it was first
 * submitted; a feedback names an existing candidate and is erased with it.
 */
public final class InMemoryFeedbackStore implements FeedbackStore {

    private final InMemoryStores stores;
    private final Map<Key, InterviewFeedback> feedback = new LinkedHashMap<>();

    InMemoryFeedbackStore(InMemoryStores stores) {
        this.stores = stores;
    }

    @Override
    public void save(InterviewFeedback f) {
        if (stores.candidates().find(f.candidateId()).isEmpty()) {
            throw new IllegalStateException("No candidate " + f.candidateId());
        }
        feedback.merge(
                new Key(f.candidateId(), f.interviewer()),
                f,
                (kept, revised) -> new InterviewFeedback(
                        kept.candidateId(),
                        kept.interviewer(),
                        revised.kitId(),
                        revised.ratings(),
                        revised.recommendation(),
                        revised.comment(),
                        kept.submittedAt(),
                        revised.updatedAt()));
    }

    @Override
    public List<InterviewFeedback> of(UUID candidateId) {
        return feedback.values().stream()
                .filter(f -> f.candidateId().equals(candidateId))
                .sorted(Comparator.comparing(InterviewFeedback::submittedAt)
                        .thenComparing(InterviewFeedback::interviewer))
                .toList();
    }

    void candidateErased(UUID candidateId) {
        feedback.keySet().removeIf(key -> key.candidateId().equals(candidateId));
    }

    private record Key(UUID candidateId, String interviewer) {}
}
