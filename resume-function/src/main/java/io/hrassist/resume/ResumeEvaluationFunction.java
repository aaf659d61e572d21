package io.hrassist.resume;

import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.llm.ModelFirst;
import io.micronaut.function.FunctionBean;
import io.micronaut.http.annotation.Body;
import java.util.function.Function;

/**
 * The evaluator's core as a plain function from request to result; the whole JSON body is the request. Its engine
 * ({@link ResumeEvaluationEngine}) lets the model judge the skills on the redacted resume when one is configured, and
 * its quotes are checked against the visible text.
 */
@FunctionBean("resume-evaluation")
public class ResumeEvaluationFunction implements Function<ResumeEvaluationRequested, ResumeEvaluated> {

    private final ModelFirst<ResumeEvaluationRequested, ResumeEvaluated> engine;

    ResumeEvaluationFunction(ModelFirst<ResumeEvaluationRequested, ResumeEvaluated> engine) {
        this.engine = engine;
    }

    @Override
    public ResumeEvaluated apply(@Body ResumeEvaluationRequested request) {
        return engine.apply(request);
    }

    /** The offline engine alone, never the model: the cold-start warm-up answers its sample with it. */
    public ResumeEvaluated offline(ResumeEvaluationRequested request) {
        return engine.offline(request);
    }
}
