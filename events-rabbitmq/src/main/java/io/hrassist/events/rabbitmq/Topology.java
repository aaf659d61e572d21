package io.hrassist.events.rabbitmq;

import static io.hrassist.events.EventTypes.INTERVIEW_QUESTIONS_GENERATED;
import static io.hrassist.events.EventTypes.INTERVIEW_QUESTIONS_REQUESTED;
import static io.hrassist.events.EventTypes.JOB_DESCRIPTION_GENERATED;
import static io.hrassist.events.EventTypes.JOB_DESCRIPTION_REQUESTED;
import static io.hrassist.events.EventTypes.RESUME_EVALUATION_COMPLETED;
import static io.hrassist.events.EventTypes.RESUME_EVALUATION_REQUESTED;
import static io.hrassist.events.EventTypes.TASK_FAILED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The queues of the RabbitMQ transport and the event types routed to each (the routing key is the CloudEvent
 * {@code type}), the counterpart of the Knative Triggers. Every event that fails for good ends in the
 * {@link #DEAD_LETTER_QUEUE}, which the API consumes to mark its task failed.
 */
public final class Topology {

    public static final String JOB_DESCRIPTION_QUEUE = "job_description_queue";
    public static final String QUESTION_GENERATION_QUEUE = "question_generation_queue";
    public static final String RESUME_EVALUATION_QUEUE = "resume_evaluation_queue";
    public static final String RESULTS_QUEUE = "task_results_queue";
    public static final String DEAD_LETTER_QUEUE = "dead_letter_queue";

    /** Queue name → the event types bound to it. */
    public static final Map<String, List<String>> QUEUES = queues();

    private Topology() {}

    private static Map<String, List<String>> queues() {
        var queues = new LinkedHashMap<String, List<String>>();
        queues.put(JOB_DESCRIPTION_QUEUE, List.of(JOB_DESCRIPTION_REQUESTED));
        queues.put(QUESTION_GENERATION_QUEUE, List.of(INTERVIEW_QUESTIONS_REQUESTED));
        queues.put(RESUME_EVALUATION_QUEUE, List.of(RESUME_EVALUATION_REQUESTED));
        queues.put(
                RESULTS_QUEUE,
                List.of(
                        JOB_DESCRIPTION_GENERATED,
                        INTERVIEW_QUESTIONS_GENERATED,
                        RESUME_EVALUATION_COMPLETED,
                        TASK_FAILED));
        return java.util.Collections.unmodifiableMap(queues);
    }
}
