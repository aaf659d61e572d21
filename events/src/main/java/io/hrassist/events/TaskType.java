package io.hrassist.events;

/** What the functions produce: each task is one request type, answered by its result type or {@code task.failed}. */
public enum TaskType {
    JOB_DESCRIPTION(EventType.JOB_DESCRIPTION_REQUESTED, EventType.JOB_DESCRIPTION_GENERATED),
    INTERVIEW_QUESTIONS(EventType.INTERVIEW_QUESTIONS_REQUESTED, EventType.INTERVIEW_QUESTIONS_GENERATED),
    RESUME_EVALUATION(EventType.RESUME_EVALUATION_REQUESTED, EventType.RESUME_EVALUATION_COMPLETED);

    private final EventType<?> request;
    private final EventType<?> result;

    TaskType(EventType<?> request, EventType<?> result) {
        this.request = request;
        this.result = result;
    }

    public EventType<?> request() {
        return request;
    }

    public EventType<?> result() {
        return result;
    }

    /** The function that answers the requests, whose {@code source} a result must carry. */
    public EventService producer() {
        return request.consumer();
    }
}
