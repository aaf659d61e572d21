package io.hrassist.questions.messaging;

import io.hrassist.events.EventType;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.binding.CloudEventHandler;
import io.hrassist.questions.InterviewQuestionsFunction;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Maps {@link EventType#INTERVIEW_QUESTIONS_REQUESTED} at {@code POST /} onto the interview-questions function. */
@Factory
class InterviewQuestionsEvents {

    @Singleton
    CloudEventHandler<InterviewQuestionsRequested> interviewQuestionsRequested(InterviewQuestionsFunction function) {
        return CloudEventHandler.replying(
                EventType.INTERVIEW_QUESTIONS_REQUESTED,
                EventType.INTERVIEW_QUESTIONS_GENERATED,
                function,
                function::offline);
    }
}
