package io.hrassist.jd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.VacancyBrief;
import io.hrassist.jd.domain.Draft;
import io.hrassist.jd.domain.WriteJobDescription;
import io.hrassist.llm.Answer;
import io.hrassist.llm.JsonAnswers;
import io.hrassist.llm.LlmGateway;
import io.hrassist.llm.Prompt;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The model drafts the prose (prompt {@code job-description.v1}) from the vacancy without its salary and flagged
 * sentences; its draft is checked like the brief, and without a usable draft the knowledge base writes.
 */
final class ModelDraft implements Function<JobDescriptionRequested, JobDescriptionGenerated> {

    static final Prompt PROMPT = Prompt.load("job-description", 1);

    private final WriteJobDescription writer;
    private final LlmGateway llm;
    private final ObjectMapper mapper;
    private final Function<String, Draft> reader;

    ModelDraft(WriteJobDescription writer, LlmGateway llm, ObjectMapper mapper) {
        this.writer = writer;
        this.llm = llm;
        this.mapper = mapper;
        this.reader = JsonAnswers.reader(mapper, Draft.class);
    }

    @Override
    public JobDescriptionGenerated apply(JobDescriptionRequested request) {
        Answer<Draft> answer = llm.ask(PROMPT, variables(writer.forModel(request)), reader);
        Optional<Draft> draft =
                answer instanceof Answer.Answered<Draft> answered ? Optional.of(answered.value()) : Optional.empty();
        return writer.write(request, draft, answer.engine());
    }

    /** The vacancy as the model sees it: its salary and flagged sentences are not the model's to repeat. */
    private Map<String, Object> variables(VacancyBrief vacancy) {
        try {
            return Map.of(
                    "language", Prompt.languageName(vacancy.language()), "vacancy", mapper.writeValueAsString(vacancy));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
