package io.hrassist.events.rabbitmq;

import io.hrassist.events.EventService;
import io.hrassist.events.EventType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The queues of the RabbitMQ transport and the event types routed to each (the routing key is the CloudEvent
 * {@code type}), the counterpart of the Knative Triggers; both come from the registry of event types
 * ({@link EventType}). Every event that fails for good ends in the {@link #DEAD_LETTER_QUEUE}, which the API consumes
 * to mark its task failed.
 */
public final class Topology {

    public static final String JOB_DESCRIPTION_QUEUE = EventService.JOB_DESCRIPTION.queue();
    public static final String QUESTION_GENERATION_QUEUE = EventService.INTERVIEW_QUESTIONS.queue();
    public static final String RESUME_EVALUATION_QUEUE = EventService.RESUME_EVALUATION.queue();
    public static final String RESULTS_QUEUE = EventService.API.queue();
    public static final String DEAD_LETTER_QUEUE = "dead_letter_queue";

    /** Queue name → the event types bound to it: the functions' queues first, the API's results queue last. */
    public static final Map<String, List<String>> QUEUES = queues();

    private Topology() {}

    private static Map<String, List<String>> queues() {
        var queues = new LinkedHashMap<String, List<String>>();
        for (EventService service : EventService.values()) {
            queues.put(
                    service.queue(),
                    EventType.consumedBy(service).stream().map(EventType::name).toList());
        }
        return Collections.unmodifiableMap(queues);
    }
}
