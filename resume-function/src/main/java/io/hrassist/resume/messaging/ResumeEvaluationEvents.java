package io.hrassist.resume.messaging;

import io.hrassist.events.EventTypes;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.http.CloudEventHandler;
import io.hrassist.events.http.UnprocessableEventException;
import io.hrassist.resume.ResumeEvaluationFunction;
import io.hrassist.resume.domain.UnreadableDocumentException;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Maps {@value EventTypes#RESUME_EVALUATION_REQUESTED} at {@code POST /} onto the evaluation function; a document that
 * can never be read ends the task with a {@code task.failed} reply naming why.
 */
@Factory
class ResumeEvaluationEvents {

    @Singleton
    CloudEventHandler<ResumeEvaluationRequested> resumeEvaluationRequested(ResumeEvaluationFunction function) {
        return CloudEventHandler.replying(
                EventTypes.RESUME_EVALUATION_REQUESTED,
                ResumeEvaluationRequested.class,
                EventTypes.RESUME_EVALUATION_COMPLETED,
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
