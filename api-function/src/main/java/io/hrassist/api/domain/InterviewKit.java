package io.hrassist.api.domain;

import java.util.List;
import java.util.UUID;

/**
 * The interview questions generated for a vacancy, named by the task that generated them. A question's id is its
 * position in the kit, from 1.
 */
public record InterviewKit(UUID id, UUID vacancyId, List<String> questions) {

    public InterviewKit {
        questions = List.copyOf(questions);
    }
}
