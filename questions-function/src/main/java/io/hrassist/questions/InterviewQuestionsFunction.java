package io.hrassist.questions;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.questions.bank.JsonQuestionBank;
import io.hrassist.questions.domain.PrepareInterviewQuestions;
import io.micronaut.function.FunctionBean;
import io.micronaut.http.annotation.Body;
import java.util.function.Function;

/** The generator's core as a plain function from request to result; the whole JSON body is the request. */
@FunctionBean("interview-questions")
public class InterviewQuestionsFunction implements Function<InterviewQuestionsRequested, InterviewQuestionsGenerated> {

    private final PrepareInterviewQuestions prepare;

    InterviewQuestionsFunction(ObjectMapper mapper) {
        this.prepare = new PrepareInterviewQuestions(new JsonQuestionBank(mapper));
    }

    @Override
    public InterviewQuestionsGenerated apply(@Body InterviewQuestionsRequested request) {
        return prepare.apply(request);
    }
}
