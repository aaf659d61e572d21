package io.hrassist.questions.messaging;

import io.hrassist.events.EventTypes;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.http.CloudEventHandler;
import io.hrassist.questions.InterviewQuestionsFunction;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Maps {@value EventTypes#INTERVIEW_QUESTIONS_REQUESTED} at {@code POST /} onto the interview-questions function. */
@Factory
class InterviewQuestionsEvents {

    @Singleton
    CloudEventHandler<InterviewQuestionsRequested> interviewQuestionsRequested(InterviewQuestionsFunction function) {
        return CloudEventHandler.replying(
                EventTypes.INTERVIEW_QUESTIONS_REQUESTED,
                InterviewQuestionsRequested.class,
                EventTypes.INTERVIEW_QUESTIONS_GENERATED,
                function,
                function::offline);
    }
}
