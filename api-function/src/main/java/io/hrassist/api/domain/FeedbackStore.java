package io.hrassist.api.domain;

import java.util.List;
import java.util.UUID;

/** Interview feedback on candidates, kept with the candidate and erased with it. */
public interface FeedbackStore {

    /** Keeps an interviewer's feedback, replacing their earlier one on the same candidate. */
    void save(InterviewFeedback feedback);

    /** All feedback on a candidate, first submitted first. */
    List<InterviewFeedback> of(UUID candidateId);
}
