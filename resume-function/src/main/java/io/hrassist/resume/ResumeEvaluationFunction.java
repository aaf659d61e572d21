package io.hrassist.resume;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.EvaluateResume;
import io.hrassist.resume.taxonomy.JsonSkillTaxonomy;
import io.micronaut.function.FunctionBean;
import io.micronaut.http.annotation.Body;
import java.time.Clock;
import java.util.function.Function;

/** The evaluator's core as a plain function from request to result; the whole JSON body is the request. */
@FunctionBean("resume-evaluation")
public class ResumeEvaluationFunction implements Function<ResumeEvaluationRequested, ResumeEvaluated> {

    private final EvaluateResume evaluate;

    ResumeEvaluationFunction(ObjectMapper mapper) {
        this.evaluate = new EvaluateResume(new FileDocumentReader(), new JsonSkillTaxonomy(mapper), Clock.systemUTC());
    }

    @Override
    public ResumeEvaluated apply(@Body ResumeEvaluationRequested request) {
        return evaluate.apply(request);
    }
}
