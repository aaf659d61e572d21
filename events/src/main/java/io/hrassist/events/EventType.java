package io.hrassist.events;

import java.util.List;
import java.util.Optional;

/**
 * Every CloudEvent {@code type} of the public contract with its data record and the service that consumes it: the one
 * routing table from which the handlers, the RabbitMQ topology and the API's result mapping are built, and against
 * which the Knative Triggers and the chart are tested. See the JSON Schema of each under {@code schemas/}.
 *
 * @param <T> the record the event's data binds to
 */
public final class EventType<T> {

    public static final EventType<JobDescriptionRequested> JOB_DESCRIPTION_REQUESTED = new EventType<>(
            "io.hrassist.job-description.requested.v1", JobDescriptionRequested.class, EventService.JOB_DESCRIPTION);
    public static final EventType<JobDescriptionGenerated> JOB_DESCRIPTION_GENERATED = new EventType<>(
            "io.hrassist.job-description.generated.v1", JobDescriptionGenerated.class, EventService.API);
    public static final EventType<InterviewQuestionsRequested> INTERVIEW_QUESTIONS_REQUESTED = new EventType<>(
            "io.hrassist.interview-questions.requested.v1",
            InterviewQuestionsRequested.class,
            EventService.INTERVIEW_QUESTIONS);
    public static final EventType<InterviewQuestionsGenerated> INTERVIEW_QUESTIONS_GENERATED = new EventType<>(
            "io.hrassist.interview-questions.generated.v1", InterviewQuestionsGenerated.class, EventService.API);
    public static final EventType<ResumeEvaluationRequested> RESUME_EVALUATION_REQUESTED = new EventType<>(
            "io.hrassist.resume-evaluation.requested.v1",
            ResumeEvaluationRequested.class,
            EventService.RESUME_EVALUATION);
    public static final EventType<ResumeEvaluated> RESUME_EVALUATION_COMPLETED =
            new EventType<>("io.hrassist.resume-evaluation.completed.v1", ResumeEvaluated.class, EventService.API);
    public static final EventType<TaskFailed> TASK_FAILED =
            new EventType<>("io.hrassist.task.failed.v1", TaskFailed.class, EventService.API);

    private static final List<EventType<?>> ALL = List.of(
            JOB_DESCRIPTION_REQUESTED,
            JOB_DESCRIPTION_GENERATED,
            INTERVIEW_QUESTIONS_REQUESTED,
            INTERVIEW_QUESTIONS_GENERATED,
            RESUME_EVALUATION_REQUESTED,
            RESUME_EVALUATION_COMPLETED,
            TASK_FAILED);

    private static final String PREFIX = "io.hrassist.";

    private final String name;
    private final Class<T> dataType;
    private final EventService consumer;

    private EventType(String name, Class<T> dataType, EventService consumer) {
        this.name = name;
        this.dataType = dataType;
        this.consumer = consumer;
    }

    /** Every type, requests first, in the order above. */
    public static List<EventType<?>> all() {
        return ALL;
    }

    /** The type called {@code name}, if the contract has one. */
    public static Optional<EventType<?>> named(String name) {
        return ALL.stream().filter(type -> type.name.equals(name)).findFirst();
    }

    /** The types {@code service} consumes. */
    public static List<EventType<?>> consumedBy(EventService service) {
        return ALL.stream().filter(type -> type.consumer == service).toList();
    }

    /** The CloudEvent {@code type} attribute. */
    public String name() {
        return name;
    }

    public Class<T> dataType() {
        return dataType;
    }

    /** The service Triggers and queues deliver this type to. */
    public EventService consumer() {
        return consumer;
    }

    /** The {@code dataschema}: the {@code $id} of the type's JSON Schema, found at {@link #schemaResource()}. */
    public String dataSchema() {
        return "urn:hr-assist:schema:" + shortName();
    }

    /** Classpath location of the JSON Schema of the type's data. */
    public String schemaResource() {
        return "schemas/" + shortName() + ".json";
    }

    private String shortName() {
        return name.substring(PREFIX.length());
    }

    @Override
    public String toString() {
        return name;
    }
}
