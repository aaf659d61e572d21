package io.hrassist.jd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.VacancyBrief;
import io.hrassist.jd.domain.Draft;
import io.hrassist.jd.domain.Screening;
import io.hrassist.jd.domain.WriteJobDescription;
import io.hrassist.jd.kb.JsonRoleCatalog;
import io.hrassist.jd.kb.JsonWordingCheck;
import io.hrassist.llm.Answer;
import io.hrassist.llm.JsonAnswers;
import io.hrassist.llm.LlmGateway;
import io.hrassist.llm.Prompt;
import io.micronaut.function.FunctionBean;
import io.micronaut.http.annotation.Body;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The generator's core as a plain function from request to result; the whole JSON body is the request. With a model
 * configured the model drafts the prose (prompt {@code job-description.v1}) from the vacancy without its salary and
 * flagged sentences, and its draft is checked like the brief; otherwise, or when the model fails, the knowledge base
 * drafts, and the result says which.
 */
@FunctionBean("job-description")
public class JobDescriptionFunction implements Function<JobDescriptionRequested, JobDescriptionGenerated> {

    static final Prompt PROMPT = Prompt.load("job-description", 1);

    private final WriteJobDescription writer;
    private final LlmGateway llm;
    private final ObjectMapper mapper;
    private final Function<String, Draft> reader;

    JobDescriptionFunction(ObjectMapper mapper, LlmGateway llm, WordingSettings wording) {
        this.writer = new WriteJobDescription(
                new JsonRoleCatalog(mapper), new Screening(new JsonWordingCheck(mapper), wording.allowedPhrases()));
        this.llm = llm;
        this.mapper = mapper;
        this.reader = JsonAnswers.reader(mapper, Draft.class);
    }

    @Override
    public JobDescriptionGenerated apply(@Body JobDescriptionRequested request) {
        if (!llm.enabled()) {
            return writer.apply(request);
        }
        Answer<Draft> answer = llm.ask(PROMPT, variables(writer.forModel(request)), reader);
        Optional<Draft> draft =
                answer instanceof Answer.Answered<Draft> answered ? Optional.of(answered.value()) : Optional.empty();
        return writer.write(request, draft, answer.engine());
    }

    /** The offline engine alone, never the model: the cold-start warm-up answers its sample with it. */
    public JobDescriptionGenerated offline(JobDescriptionRequested request) {
        return writer.apply(request);
    }

    /** The vacancy as the model sees it: its salary and flagged sentences are not the model's to repeat. */
    private Map<String, Object> variables(VacancyBrief vacancy) {
        try {
            return Map.of(
                    "language",
                    vacancy.language() == io.hrassist.events.Language.RU ? "Russian" : "English",
                    "vacancy",
                    mapper.writeValueAsString(vacancy));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
