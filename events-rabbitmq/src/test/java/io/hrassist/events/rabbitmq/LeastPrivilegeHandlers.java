package io.hrassist.events.rabbitmq;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.EventType;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.TaskFailed;
import io.hrassist.events.binding.CloudEventHandler;
import io.hrassist.events.binding.IncomingEvent;
import io.hrassist.events.binding.Reply;
import io.hrassist.events.binding.UnprocessableEventException;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

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
        return answering(EventType.JOB_DESCRIPTION_REQUESTED, EventType.JOB_DESCRIPTION_GENERATED);
    }

    @Singleton
    CloudEventHandler<InterviewQuestionsRequested> questions() {
        return answering(EventType.INTERVIEW_QUESTIONS_REQUESTED, EventType.INTERVIEW_QUESTIONS_GENERATED);
    }

    /** Answers with the example evaluation, or, for a subject starting with {@value #UNPROCESSABLE}, task.failed. */
    @Singleton
    CloudEventHandler<ResumeEvaluationRequested> resumes() {
        ResumeEvaluated result = example(EventType.RESUME_EVALUATION_COMPLETED);
        return handler(EventType.RESUME_EVALUATION_REQUESTED, event -> {
            if (event.subject().startsWith(UNPROCESSABLE)) {
                throw new UnprocessableEventException("DOCUMENT_OVER_LIMIT", "The document is over a limit.");
            }
            return Optional.of(new Reply<>(EventType.RESUME_EVALUATION_COMPLETED, result));
        });
    }

    @Singleton
    CloudEventHandler<JobDescriptionGenerated> jobDescriptionResults() {
        return recording(EventType.JOB_DESCRIPTION_GENERATED);
    }

    @Singleton
    CloudEventHandler<InterviewQuestionsGenerated> questionResults() {
        return recording(EventType.INTERVIEW_QUESTIONS_GENERATED);
    }

    @Singleton
    CloudEventHandler<ResumeEvaluated> resumeResults() {
        return recording(EventType.RESUME_EVALUATION_COMPLETED);
    }

    @Singleton
    CloudEventHandler<TaskFailed> failures() {
        return recording(EventType.TASK_FAILED);
    }

    private static <T, R> CloudEventHandler<T> answering(EventType<T> type, EventType<R> resultType) {
        R result = example(resultType);
        return CloudEventHandler.replying(type, resultType, data -> result, data -> null);
    }

    private static <T> CloudEventHandler<T> recording(EventType<T> type) {
        return handler(type, event -> {
            RESULTS.add(type + " " + event.subject());
            return Optional.empty();
        });
    }

    /** A handler of {@code type} that answers each event with {@code handle}. */
    private static <T> CloudEventHandler<T> handler(
            EventType<T> type, Function<IncomingEvent<T>, Optional<Reply<?>>> handle) {
        return new CloudEventHandler<>() {
            @Override
            public EventType<T> type() {
                return type;
            }

            @Override
            public Optional<Reply<?>> handle(IncomingEvent<T> event) {
                return handle.apply(event);
            }
        };
    }

    private static <R> R example(EventType<R> type) {
        try {
            return JSON.readValue(Fixtures.data(type), type.dataType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> results() {
        return List.copyOf(RESULTS);
    }
}
