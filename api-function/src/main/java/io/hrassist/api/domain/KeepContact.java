package io.hrassist.api.domain;

import io.hrassist.events.ResumeEvaluated;
import jakarta.inject.Singleton;

/**
 * Moves the contact details of an evaluation result into its candidate's personal data, so that the stored evaluation
 * holds none: what the resume says about whom is kept apart (and shown, erased, exported with the candidate). A result
 * of another system's request has no candidate here: its contact details are dropped.
 */
@Singleton
class KeepContact {

    private final CandidateStore candidates;

    KeepContact(CandidateStore candidates) {
        this.candidates = candidates;
    }

    /** {@code result} as it is to be stored, its contact details kept with the task's candidate. */
    Object separate(Task task, Object result) {
        if (!(result instanceof ResumeEvaluated evaluation) || evaluation.contact() == null) {
            return result;
        }
        if (task.candidateId() != null) {
            candidates.keepContact(task.candidateId(), evaluation.contact());
        }
        return evaluation.withoutContact();
    }
}
