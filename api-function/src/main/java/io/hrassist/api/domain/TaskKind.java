package io.hrassist.api.domain;

import io.hrassist.events.EventTypes;
import java.util.Arrays;
import java.util.Optional;

/** What a task produces, with the event types that request it and carry its result. */
public enum TaskKind {
    JOB_DESCRIPTION(EventTypes.JOB_DESCRIPTION_REQUESTED, EventTypes.JOB_DESCRIPTION_GENERATED),
    INTERVIEW_QUESTIONS(EventTypes.INTERVIEW_QUESTIONS_REQUESTED, EventTypes.INTERVIEW_QUESTIONS_GENERATED),
    RESUME_EVALUATION(EventTypes.RESUME_EVALUATION_REQUESTED, EventTypes.RESUME_EVALUATION_COMPLETED);

    private final String requestType;
    private final String resultType;

    TaskKind(String requestType, String resultType) {
        this.requestType = requestType;
        this.resultType = resultType;
    }

    public String requestType() {
        return requestType;
    }

    public String resultType() {
        return resultType;
    }

    public static Optional<TaskKind> ofEventType(String type) {
        return Arrays.stream(values())
                .filter(k -> k.requestType.equals(type) || k.resultType.equals(type))
                .findFirst();
    }
}
