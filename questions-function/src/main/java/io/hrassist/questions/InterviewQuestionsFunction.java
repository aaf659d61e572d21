package io.hrassist.questions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsGenerated.Question;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.Language;
import io.hrassist.llm.Answer;
import io.hrassist.llm.InvalidAnswerException;
import io.hrassist.llm.JsonAnswers;
import io.hrassist.llm.LlmGateway;
import io.hrassist.llm.Prompt;
import io.hrassist.questions.bank.JsonQuestionBank;
import io.hrassist.questions.domain.PrepareInterviewQuestions;
import io.micronaut.function.FunctionBean;
import io.micronaut.http.annotation.Body;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The generator's core as a plain function from request to result; the whole JSON body is the request. With a model
 * configured the model writes the kit (prompt {@code interview-questions.v1}) and the answer must honour count, types,
 * uniqueness and full rubrics; otherwise, or when the model fails, the question bank answers, and the result says so.
 */
@FunctionBean("interview-questions")
public class InterviewQuestionsFunction implements Function<InterviewQuestionsRequested, InterviewQuestionsGenerated> {

    static final Prompt PROMPT = Prompt.load("interview-questions", 1);

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

    /** The model's answer. */
    record Kit(List<Question> questions) {}

    @Override
    public InterviewQuestionsGenerated apply(@Body InterviewQuestionsRequested request) {
        if (!llm.enabled()) {
            return prepare.apply(request);
        }
        Function<String, Kit> reader = JsonAnswers.reader(mapper, Kit.class).andThen(kit -> checked(kit, request));
        Answer<Kit> answer = llm.ask(PROMPT, variables(request), reader);
        if (answer instanceof Answer.Answered<Kit> answered) {
            return new InterviewQuestionsGenerated(
                    request.vacancy().language(), answered.value().questions(), answer.engine());
        }
        var offline = prepare.apply(request);
        return new InterviewQuestionsGenerated(offline.language(), offline.questions(), answer.engine());
    }

    private static Kit checked(Kit kit, InterviewQuestionsRequested request) {
        List<Question> questions = kit.questions() == null ? List.of() : kit.questions();
        if (questions.size() != request.count()) {
            throw new InvalidAnswerException("give exactly " + request.count() + " questions, not " + questions.size());
        }
        var texts = new HashSet<String>();
        for (Question q : questions) {
            if (!request.types().contains(q.type())) {
                throw new InvalidAnswerException("only these types are wanted: " + request.types());
            }
            if (!texts.add(q.text().strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidAnswerException("questions must not repeat: " + q.text());
            }
            if (q.rubric().size() != 5
                    || q.rubric().stream().map(l -> l.score()).distinct().count() != 5) {
                throw new InvalidAnswerException("every rubric needs exactly the levels 1 to 5");
            }
            if (q.goodAnswer().isEmpty()) {
                throw new InvalidAnswerException("every question needs goodAnswer points");
            }
        }
        return kit;
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
                    "vacancy", mapper.writeValueAsString(request.vacancy()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
