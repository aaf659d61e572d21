package io.hrassist.questions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.Language;
import io.hrassist.llm.Answer;
import io.hrassist.llm.JsonAnswers;
import io.hrassist.llm.LlmGateway;
import io.hrassist.llm.Prompt;
import io.hrassist.questions.bank.JsonQuestionBank;
import io.hrassist.questions.domain.PrepareInterviewQuestions;
import io.micronaut.function.FunctionBean;
import io.micronaut.http.annotation.Body;
import java.util.Map;
import java.util.function.Function;

/**
 * The generator's core as a plain function from request to result; the whole JSON body is the request. With a model
 * configured the model writes the kit (prompt {@code interview-questions.v2}) and the answer must honour what a
 * {@link ModelKit} checks; otherwise, or when the model fails, the question bank answers, and the result says so.
 * Either way the kit is scored the same way.
 */
@FunctionBean("interview-questions")
public class InterviewQuestionsFunction implements Function<InterviewQuestionsRequested, InterviewQuestionsGenerated> {

    static final Prompt PROMPT = Prompt.load("interview-questions", 2);

    private final PrepareInterviewQuestions prepare;
    private final LlmGateway llm;
    private final ObjectMapper mapper;

    InterviewQuestionsFunction(ObjectMapper mapper, LlmGateway llm) {
        this.prepare = new PrepareInterviewQuestions(new JsonQuestionBank(mapper));
        this.llm = llm;
        this.mapper = mapper;
    }

    /** The offline engine alone, never the model: the cold-start warm-up answers its sample with it. */
    public InterviewQuestionsGenerated offline(InterviewQuestionsRequested request) {
        return prepare.apply(request);
    }

    @Override
    public InterviewQuestionsGenerated apply(@Body InterviewQuestionsRequested request) {
        if (!llm.enabled()) {
            return prepare.apply(request);
        }
        Function<String, ModelKit> reader =
                JsonAnswers.reader(mapper, ModelKit.class).andThen(kit -> kit.checked(request));
        Answer<ModelKit> answer = llm.ask(PROMPT, variables(request), reader);
        var offline = prepare.apply(request);
        var questions = answer instanceof Answer.Answered<ModelKit> answered
                ? answered.value().questions()
                : offline.questions();
        return new InterviewQuestionsGenerated(offline.language(), questions, answer.engine(), offline.scoring());
    }

    private Map<String, Object> variables(InterviewQuestionsRequested request) {
        try {
            return Map.of(
                    "language", request.vacancy().language() == Language.RU ? "Russian" : "English",
                    "count", request.count(),
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
