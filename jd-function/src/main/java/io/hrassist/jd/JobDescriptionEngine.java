package io.hrassist.jd;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.jd.domain.WriteJobDescription;
import io.hrassist.jd.kb.JsonRoleCatalog;
import io.hrassist.llm.LlmGateway;
import io.hrassist.llm.ModelFirst;
import io.hrassist.wording.JsonWordingCheck;
import io.hrassist.wording.Screening;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The engine of {@link JobDescriptionFunction}: the model's draft ({@link ModelDraft}) first, else the knowledge base. */
@Factory
class JobDescriptionEngine {

    @Singleton
    ModelFirst<JobDescriptionRequested, JobDescriptionGenerated> jobDescriptionEngine(
            ObjectMapper mapper, LlmGateway llm, WordingSettings wording) {
        var writer = new WriteJobDescription(
                new JsonRoleCatalog(mapper), new Screening(new JsonWordingCheck(mapper), wording.allowedPhrases()));
        return ModelFirst.of(llm, writer, new ModelDraft(writer, llm, mapper));
    }
}
