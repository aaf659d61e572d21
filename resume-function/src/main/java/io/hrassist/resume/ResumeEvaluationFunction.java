package io.hrassist.resume;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.llm.LlmGateway;
import io.hrassist.resume.document.DocumentLimits;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.EvaluateResume;
import io.hrassist.resume.judge.ModelSkillJudge;
import io.hrassist.resume.taxonomy.JsonSkillTaxonomy;
import io.micronaut.function.FunctionBean;
import io.micronaut.http.annotation.Body;
import java.time.Clock;
import java.util.function.Function;

/**
 * The evaluator's core as a plain function from request to result; the whole JSON body is the request. With a model
 * configured the model judges the skills on the redacted resume, and its quotes are checked against the visible text.
 */
@FunctionBean("resume-evaluation")
public class ResumeEvaluationFunction implements Function<ResumeEvaluationRequested, ResumeEvaluated> {

    private final EvaluateResume evaluate;
    private final LlmGateway llm;
    private final ModelSkillJudge judge;

    ResumeEvaluationFunction(ObjectMapper mapper, LlmGateway llm, DocumentLimits limits) {
        this.evaluate =
                new EvaluateResume(new FileDocumentReader(limits), new JsonSkillTaxonomy(mapper), Clock.systemUTC());
        this.llm = llm;
        this.judge = new ModelSkillJudge(llm, mapper);
    }

    @Override
    public ResumeEvaluated apply(@Body ResumeEvaluationRequested request) {
        return llm.enabled() ? evaluate.evaluate(request, judge) : evaluate.apply(request);
    }

    /** The offline engine alone, never the model: the cold-start warm-up answers its sample with it. */
    public ResumeEvaluated offline(ResumeEvaluationRequested request) {
        return evaluate.apply(request);
    }
}
