package io.hrassist.events;

/**
 * The services that consume events. Each is a Knative Service that Triggers deliver to, and on plain Kubernetes the
 * consumer of one RabbitMQ queue; a function's replies carry its {@code source}.
 */
public enum EventService {
    JOB_DESCRIPTION("jd", "job_description_queue", "/hr-assist/jd-function"),
    INTERVIEW_QUESTIONS("questions", "question_generation_queue", "/hr-assist/questions-function"),
    RESUME_EVALUATION("resume", "resume_evaluation_queue", "/hr-assist/resume-function"),
    API("api", "task_results_queue", "/hr-assist/api-function");

    private final String component;
    private final String queue;
    private final String source;

    EventService(String component, String queue, String source) {
        this.component = component;
        this.queue = queue;
        this.source = source;
    }

    /** The chart's name for the service: its Knative Service is {@code <release>-<component>}. */
    public String component() {
        return component;
    }

    /** The RabbitMQ queue the service consumes (the chart's default). */
    public String queue() {
        return queue;
    }

    /** The CloudEvent {@code source} of the events the service sends. */
    public String source() {
        return source;
    }
}
