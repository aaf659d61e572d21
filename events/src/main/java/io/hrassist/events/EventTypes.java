package io.hrassist.events;

import java.util.Set;

/** CloudEvent {@code type} attributes of the public contract; see the JSON Schema of each under {@code schemas/}. */
public final class EventTypes {

    public static final String JOB_DESCRIPTION_REQUESTED = "io.hrassist.job-description.requested.v1";
    public static final String JOB_DESCRIPTION_GENERATED = "io.hrassist.job-description.generated.v1";
    public static final String INTERVIEW_QUESTIONS_REQUESTED = "io.hrassist.interview-questions.requested.v1";
    public static final String INTERVIEW_QUESTIONS_GENERATED = "io.hrassist.interview-questions.generated.v1";
    public static final String RESUME_EVALUATION_REQUESTED = "io.hrassist.resume-evaluation.requested.v1";
    public static final String RESUME_EVALUATION_COMPLETED = "io.hrassist.resume-evaluation.completed.v1";
    public static final String TASK_FAILED = "io.hrassist.task.failed.v1";

    public static final Set<String> REQUESTS =
            Set.of(JOB_DESCRIPTION_REQUESTED, INTERVIEW_QUESTIONS_REQUESTED, RESUME_EVALUATION_REQUESTED);
    public static final Set<String> RESULTS =
            Set.of(JOB_DESCRIPTION_GENERATED, INTERVIEW_QUESTIONS_GENERATED, RESUME_EVALUATION_COMPLETED, TASK_FAILED);

    private static final String SCHEMA_PREFIX = "urn:hr-assist:schema:";

    private EventTypes() {}

    /**
     * The {@code dataschema} of a type: the {@code $id} of its JSON Schema, which the events jar carries at {@link
     * #schemaResource(String)}.
     */
    public static String dataSchema(String type) {
        return SCHEMA_PREFIX + shortName(type);
    }

    /** Classpath location of the JSON Schema for a type's data. */
    public static String schemaResource(String type) {
        return "schemas/" + shortName(type) + ".json";
    }

    private static String shortName(String type) {
        if (!type.startsWith("io.hrassist.")) {
            throw new IllegalArgumentException("Not an HR Assist event type: " + type);
        }
        return type.substring("io.hrassist.".length());
    }
}
