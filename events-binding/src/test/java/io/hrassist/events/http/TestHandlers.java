package io.hrassist.events.http;

import io.hrassist.events.EngineInfo;
import io.hrassist.events.EventType;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.binding.CloudEventHandler;
import io.hrassist.events.binding.IncomingEvent;
import io.hrassist.events.binding.Reply;
import io.hrassist.events.binding.UnprocessableEventException;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.MDC;

/** Handlers used by the binding tests only. */
@Factory
class TestHandlers {

    @Singleton
    CloudEventHandler<JobDescriptionRequested> jobDescriptions() {
        return CloudEventHandler.replying(
                EventType.JOB_DESCRIPTION_REQUESTED,
                EventType.JOB_DESCRIPTION_GENERATED,
                TestHandlers::jobDescription,
                TestHandlers::jobDescription);
    }

    private static JobDescriptionGenerated jobDescription(JobDescriptionRequested request) {
        return new JobDescriptionGenerated(
                request.vacancy().title(),
                request.vacancy().language(),
                "# " + request.vacancy().title(),
                List.of(),
                List.of(),
                List.of(),
                EngineInfo.offline("test"));
    }

    /** What the logging MDC held while the last questions event was handled. */
    static volatile Map<String, String> loggedWith = Map.of();

    /**
     * Fails on purpose by count: 13 can never be processed, 42 fails transiently; otherwise no reply. Keeps the MDC it
     * ran with ({@link #loggedWith}).
     */
    @Singleton
    CloudEventHandler<InterviewQuestionsRequested> questions() {
        return new CloudEventHandler<>() {
            @Override
            public EventType<InterviewQuestionsRequested> type() {
                return EventType.INTERVIEW_QUESTIONS_REQUESTED;
            }

            @Override
            public Optional<Reply<?>> handle(IncomingEvent<InterviewQuestionsRequested> event) {
                Map<String, String> mdc = MDC.getCopyOfContextMap();
                loggedWith = mdc == null ? Map.of() : mdc;
                if (event.data().count() == 13) {
                    throw new UnprocessableEventException("UNLUCKY", "Thirteen questions are never asked.");
                }
                if (event.data().count() == 42) {
                    throw new IllegalStateException("backend down");
                }
                return Optional.empty();
            }
        };
    }
}
