package io.hrassist.resume.messaging;

import io.hrassist.events.EventType;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.binding.CloudEventHandler;
import io.hrassist.events.binding.UnprocessableEventException;
import io.hrassist.resume.ResumeEvaluationFunction;
import io.hrassist.resume.domain.UnreadableDocumentException;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Maps {@link EventType#RESUME_EVALUATION_REQUESTED} at {@code POST /} onto the evaluation function; a document that
 * can never be read ends the task with a {@code task.failed} reply naming why.
 */
@Factory
class ResumeEvaluationEvents {

    @Singleton
    CloudEventHandler<ResumeEvaluationRequested> resumeEvaluationRequested(ResumeEvaluationFunction function) {
        return CloudEventHandler.replying(
                EventType.RESUME_EVALUATION_REQUESTED,
                EventType.RESUME_EVALUATION_COMPLETED,
                request -> {
                    try {
                        return function.apply(request);
                    } catch (UnreadableDocumentException e) {
                        throw new UnprocessableEventException(e.reason(), e.getMessage());
                    }
                },
                function::offline);
    }
}
