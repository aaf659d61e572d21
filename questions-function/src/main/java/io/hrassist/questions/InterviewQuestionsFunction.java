package io.hrassist.questions;

import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.llm.ModelFirst;
import io.micronaut.function.FunctionBean;
import io.micronaut.http.annotation.Body;
import java.util.function.Function;

/**
 * The generator's core as a plain function from request to result; the whole JSON body is the request. Its engine
 * ({@link InterviewQuestionsEngine}) lets the model write the kit when one is configured, else the question bank
 * answers, and the result says which. Either way the kit is scored the same way.
 */
@FunctionBean("interview-questions")
public class InterviewQuestionsFunction implements Function<InterviewQuestionsRequested, InterviewQuestionsGenerated> {

    private final ModelFirst<InterviewQuestionsRequested, InterviewQuestionsGenerated> engine;

    InterviewQuestionsFunction(ModelFirst<InterviewQuestionsRequested, InterviewQuestionsGenerated> engine) {
        this.engine = engine;
    }

    /** The offline engine alone, never the model: the cold-start warm-up answers its sample with it. */
    public InterviewQuestionsGenerated offline(InterviewQuestionsRequested request) {
        return engine.offline(request);
    }

    @Override
    public InterviewQuestionsGenerated apply(@Body InterviewQuestionsRequested request) {
        return engine.apply(request);
    }
}
