package io.hrassist.api.domain;

import io.hrassist.events.EventTypes;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a task produces, with the event types that request it and carry its result, and the {@code source} of the
 * function that alone may answer it.
 */
public enum TaskKind {
    JOB_DESCRIPTION(
            EventTypes.JOB_DESCRIPTION_REQUESTED, EventTypes.JOB_DESCRIPTION_GENERATED, "/hr-assist/jd-function"),
    INTERVIEW_QUESTIONS(
            EventTypes.INTERVIEW_QUESTIONS_REQUESTED,
            EventTypes.INTERVIEW_QUESTIONS_GENERATED,
            "/hr-assist/questions-function"),
    RESUME_EVALUATION(
            EventTypes.RESUME_EVALUATION_REQUESTED,
            EventTypes.RESUME_EVALUATION_COMPLETED,
            "/hr-assist/resume-function");

    private final String requestType;
    private final String resultType;
    private final String producer;

    TaskKind(String requestType, String resultType, String producer) {
        this.requestType = requestType;
        this.resultType = resultType;
        this.producer = producer;
    }

    /** The {@code source} of the function that answers this kind's requests. */
    public String producer() {
        return producer;
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
