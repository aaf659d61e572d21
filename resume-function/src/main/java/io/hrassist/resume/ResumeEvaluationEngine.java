package io.hrassist.resume;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.llm.LlmGateway;
import io.hrassist.llm.ModelFirst;
import io.hrassist.resume.document.DocumentLimits;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.EvaluateResume;
import io.hrassist.resume.judge.ModelSkillJudge;
import io.hrassist.resume.taxonomy.JsonSkillTaxonomy;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The engine of {@link ResumeEvaluationFunction}: the model judges the skills ({@link ModelSkillJudge}) and every claim
 * is checked, else the offline evidence alone.
 */
@Factory
class ResumeEvaluationEngine {

    @Singleton
    ModelFirst<ResumeEvaluationRequested, ResumeEvaluated> resumeEvaluationEngine(
            ObjectMapper mapper, LlmGateway llm, DocumentLimits limits) {
        var evaluate =
                new EvaluateResume(new FileDocumentReader(limits), new JsonSkillTaxonomy(mapper), Clock.systemUTC());
        var judge = new ModelSkillJudge(llm, mapper);
        return ModelFirst.of(llm, evaluate, request -> evaluate.evaluate(request, judge));
    }
}
