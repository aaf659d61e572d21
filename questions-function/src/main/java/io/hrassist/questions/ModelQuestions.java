package io.hrassist.questions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.llm.Answer;
import io.hrassist.llm.JsonAnswers;
import io.hrassist.llm.LlmGateway;
import io.hrassist.llm.Prompt;
import io.hrassist.questions.domain.PrepareInterviewQuestions;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The model writes the kit (prompt {@code interview-questions.v3}) and the answer must honour what a {@link ModelKit}
 * checks; without a usable kit the question bank's questions are used. A first answer that leaves a must-have untested
 * is asked for again; a second one is used with the offline kit's questions for what it left untested. The scoring is
 * the offline engine's either way.
 */
final class ModelQuestions implements Function<InterviewQuestionsRequested, InterviewQuestionsGenerated> {

    static final Prompt PROMPT = Prompt.load("interview-questions", 3);

    private final PrepareInterviewQuestions prepare;
    private final LlmGateway llm;
    private final ObjectMapper mapper;

    ModelQuestions(PrepareInterviewQuestions prepare, LlmGateway llm, ObjectMapper mapper) {
        this.prepare = prepare;
        this.llm = llm;
        this.mapper = mapper;
    }

    @Override
    public InterviewQuestionsGenerated apply(InterviewQuestionsRequested request) {
        var answers = new AtomicInteger();
        Function<String, ModelKit> reader = JsonAnswers.reader(mapper, ModelKit.class)
                .andThen(kit -> kit.checked(request, answers.incrementAndGet() == 1));
        Answer<ModelKit> answer = llm.ask(PROMPT, variables(request), reader);
        var offline = prepare.apply(request);
        var questions = answer instanceof Answer.Answered<ModelKit> answered
                ? answered.value()
                        .filled(request.vacancy().mustHaveSkills(), offline.questions())
                        .questions()
                : offline.questions();
        return new InterviewQuestionsGenerated(offline.language(), questions, answer.engine(), offline.scoring());
    }

    private Map<String, Object> variables(InterviewQuestionsRequested request) {
        try {
            return Map.of(
                    "language", Prompt.languageName(request.vacancy().language()),
                    "count", PrepareInterviewQuestions.size(request),
                    "types",
                            String.join(
                                    ", ",
                                    request.types().stream().map(Enum::name).toList()),
                    "mustHave",
                            request.vacancy().mustHaveSkills().isEmpty()
                                    ? "none"
                                    : String.join(", ", request.vacancy().mustHaveSkills()),
                    "vacancy", mapper.writeValueAsString(request.vacancy()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
