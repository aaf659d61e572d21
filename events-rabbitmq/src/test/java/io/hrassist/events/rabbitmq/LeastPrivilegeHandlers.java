package io.hrassist.events.rabbitmq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.EventTypes;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.TaskFailed;
import io.hrassist.events.fixtures.Fixtures;
import io.hrassist.events.http.CloudEventHandler;
import io.hrassist.events.http.Reply;
import io.hrassist.events.http.UnprocessableEventException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Handlers for {@link LeastPrivilegeTest}: each function answers its request with the example result; the API side
 * records every result it is given ({@code "type subject"}).
 */
@Factory
@Requires(env = "least-privilege")
class LeastPrivilegeHandlers {

    static final Queue<String> RESULTS = new ConcurrentLinkedQueue<>();
    static final String UNPROCESSABLE = "unprocessable-";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Singleton
    CloudEventHandler<JobDescriptionRequested> jobDescriptions() {
        return answering(
                EventTypes.JOB_DESCRIPTION_REQUESTED,
                JobDescriptionRequested.class,
                EventTypes.JOB_DESCRIPTION_GENERATED);
    }

    @Singleton
    CloudEventHandler<InterviewQuestionsRequested> questions() {
        return answering(
                EventTypes.INTERVIEW_QUESTIONS_REQUESTED,
                InterviewQuestionsRequested.class,
                EventTypes.INTERVIEW_QUESTIONS_GENERATED);
    }

    /** Answers with the example evaluation, or, for a subject starting with {@value #UNPROCESSABLE}, task.failed. */
    @Singleton
    CloudEventHandler<ResumeEvaluationRequested> resumes() {
        JsonNode result = example(EventTypes.RESUME_EVALUATION_COMPLETED);
        return CloudEventHandler.of(EventTypes.RESUME_EVALUATION_REQUESTED, ResumeEvaluationRequested.class, event -> {
            if (event.subject().startsWith(UNPROCESSABLE)) {
                throw new UnprocessableEventException("DOCUMENT_OVER_LIMIT", "The document is over a limit.");
            }
            return Optional.of(new Reply(EventTypes.RESUME_EVALUATION_COMPLETED, result));
        });
    }

    @Singleton
    CloudEventHandler<JobDescriptionGenerated> jobDescriptionResults() {
        return recording(EventTypes.JOB_DESCRIPTION_GENERATED, JobDescriptionGenerated.class);
    }

    @Singleton
    CloudEventHandler<InterviewQuestionsGenerated> questionResults() {
        return recording(EventTypes.INTERVIEW_QUESTIONS_GENERATED, InterviewQuestionsGenerated.class);
    }

    @Singleton
    CloudEventHandler<ResumeEvaluated> resumeResults() {
        return recording(EventTypes.RESUME_EVALUATION_COMPLETED, ResumeEvaluated.class);
    }

    @Singleton
    CloudEventHandler<TaskFailed> failures() {
        return recording(EventTypes.TASK_FAILED, TaskFailed.class);
    }

    private static <T> CloudEventHandler<T> answering(String type, Class<T> dataType, String resultType) {
        JsonNode result = example(resultType);
        return CloudEventHandler.replying(type, dataType, resultType, data -> result);
    }

    private static <T> CloudEventHandler<T> recording(String type, Class<T> dataType) {
        return CloudEventHandler.of(type, dataType, event -> {
            RESULTS.add(type + " " + event.subject());
            return Optional.empty();
        });
    }

    private static JsonNode example(String type) {
        try {
            return JSON.readTree(Fixtures.data(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> results() {
        return List.copyOf(RESULTS);
    }
}
