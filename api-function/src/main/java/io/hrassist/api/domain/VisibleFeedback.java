package io.hrassist.api.domain;

import java.util.List;

/**
 * The feedback on a candidate that an actor sees: {@code shown}, the number still {@code hidden} from them, and whether
 * they {@code submitted} their own. Interviewers judge independently (structured interviewing): a hiring manager sees
 * the others' feedback only once they submitted their own; recruiters and admins, who run the process, see all of it.
 */
public record VisibleFeedback(List<InterviewFeedback> shown, int hidden, boolean submitted) {

    public VisibleFeedback {
        shown = List.copyOf(shown);
    }

    static VisibleFeedback of(List<InterviewFeedback> all, Actor actor) {
        boolean submitted = all.stream().anyMatch(f -> f.interviewer().equals(actor.username()));
        if (!actor.is(Role.HIRING_MANAGER) || submitted) {
            return new VisibleFeedback(all, 0, submitted);
        }
        return new VisibleFeedback(List.of(), all.size(), false);
    }
}
