package io.hrassist.api.domain;

import io.hrassist.events.TaskType;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a task produces: the contract's {@link TaskType} under the name the API stores, with the event types that
 * request it and carry its result, and the {@code source} of the function that alone may answer it.
 */
public enum TaskKind {
    JOB_DESCRIPTION(TaskType.JOB_DESCRIPTION),
    INTERVIEW_QUESTIONS(TaskType.INTERVIEW_QUESTIONS),
    RESUME_EVALUATION(TaskType.RESUME_EVALUATION);

    private final TaskType type;

    TaskKind(TaskType type) {
        this.type = type;
    }

    /** The {@code source} of the function that answers this kind's requests. */
    public String producer() {
        return type.producer().source();
    }

    public String requestType() {
        return type.request().name();
    }

    public String resultType() {
        return type.result().name();
    }

    public static Optional<TaskKind> ofEventType(String type) {
        return Arrays.stream(values())
                .filter(k -> k.requestType().equals(type) || k.resultType().equals(type))
                .findFirst();
    }
}
