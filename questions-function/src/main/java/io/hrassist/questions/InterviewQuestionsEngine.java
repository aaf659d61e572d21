package io.hrassist.questions;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.llm.LlmGateway;
import io.hrassist.llm.ModelFirst;
import io.hrassist.questions.bank.JsonQuestionBank;
import io.hrassist.questions.domain.PrepareInterviewQuestions;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The engine of {@link InterviewQuestionsFunction}: the model's kit ({@link ModelQuestions}) first, else the bank. */
@Factory
class InterviewQuestionsEngine {

    @Singleton
    ModelFirst<InterviewQuestionsRequested, InterviewQuestionsGenerated> interviewQuestionsEngine(
            ObjectMapper mapper, LlmGateway llm) {
        var prepare = new PrepareInterviewQuestions(new JsonQuestionBank(mapper));
        return ModelFirst.of(llm, prepare, new ModelQuestions(prepare, llm, mapper));
    }
}
