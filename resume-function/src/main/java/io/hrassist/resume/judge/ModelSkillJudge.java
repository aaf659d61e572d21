package io.hrassist.resume.judge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.ResumeEvaluated.Status;
import io.hrassist.events.VacancyBrief;
import io.hrassist.llm.Answer;
import io.hrassist.llm.InvalidAnswerException;
import io.hrassist.llm.JsonAnswers;
import io.hrassist.llm.LlmGateway;
import io.hrassist.llm.Prompt;
import io.hrassist.resume.domain.SkillJudge;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Asks the model (prompt {@code resume-evaluation.v2}) to judge each skill with quotes from the redacted resume, which
 * goes between delimiter lines it cannot forge; the caller checks every claim against the text.
 */
public final class ModelSkillJudge implements SkillJudge {

    static final Prompt PROMPT = Prompt.load("resume-evaluation", 2);

    private final LlmGateway llm;
    private final ObjectMapper mapper;

    public ModelSkillJudge(LlmGateway llm, ObjectMapper mapper) {
        this.llm = llm;
        this.mapper = mapper;
    }

    /** The model's answer. */
    record Judged(List<Item> criteria) {}

    /** One judged skill. */
    record Item(String name, Status status, List<String> evidence) {}

    @Override
    public Verdict judge(VacancyBrief vacancy, List<String> skills, String redactedResume) {
        Function<String, Judged> reader =
                JsonAnswers.reader(mapper, Judged.class).andThen(j -> checked(j, skills));
        Answer<Judged> answer = llm.ask(PROMPT, variables(vacancy, skills, redactedResume), reader);
        if (!(answer instanceof Answer.Answered<Judged> answered)) {
            return new Verdict(Map.of(), answer.engine());
        }
        var judgements = new HashMap<String, Judgement>();
        for (String skill : skills) {
            answered.value().criteria().stream()
                    .filter(item -> item.name().equalsIgnoreCase(skill))
                    .findFirst()
                    .ifPresent(item -> judgements.put(
                            skill,
                            new Judgement(item.status(), item.evidence() == null ? List.of() : item.evidence())));
        }
        return new Verdict(judgements, answer.engine());
    }

    private static Judged checked(Judged judged, List<String> skills) {
        if (judged.criteria() == null) {
            throw new InvalidAnswerException("criteria is required");
        }
        for (String skill : skills) {
            long found = judged.criteria().stream()
                    .filter(item -> item.name() != null
                            && item.name().toLowerCase(Locale.ROOT).equals(skill.toLowerCase(Locale.ROOT)))
                    .filter(item -> item.status() != null)
                    .count();
            if (found != 1) {
                throw new InvalidAnswerException("judge each of these skills exactly once, by its name: " + skills);
            }
        }
        return judged;
    }

    private Map<String, Object> variables(VacancyBrief vacancy, List<String> skills, String resume) {
        try {
            return Map.of(
                    "language", Prompt.languageName(vacancy.language()),
                    "skills", mapper.writeValueAsString(skills),
                    "resume", resume.replace("<<<", "< < <").replace(">>>", "> > >"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
