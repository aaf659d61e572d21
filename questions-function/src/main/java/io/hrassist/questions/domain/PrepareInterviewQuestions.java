package io.hrassist.questions.domain;

import io.hrassist.events.EngineInfo;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsGenerated.Question;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.QuestionType;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Prepares an interview kit from the bank: technical and skill-rooted situational questions for the vacancy's skills
 * at its seniority, behavioural and general situational questions for the rest; no question twice, the requested count
 * and types honoured where the bank allows. The choice is deterministic for a vacancy.
 */
public final class PrepareInterviewQuestions
        implements Function<InterviewQuestionsRequested, InterviewQuestionsGenerated> {

    public static final String VERSION = "questions-offline-1";

    private final QuestionBank bank;

    public PrepareInterviewQuestions(QuestionBank bank) {
        this.bank = bank;
    }

    @Override
    public InterviewQuestionsGenerated apply(InterviewQuestionsRequested request) {
        VacancyBrief vacancy = request.vacancy();
        Map<QuestionType, List<BankQuestion>> pools = pools(vacancy, request.types());
        Map<QuestionType, Integer> quota = Quota.split(request.count(), request.types(), pools);
        var chosen = new ArrayList<Question>();
        for (QuestionType type : request.types()) {
            pools.get(type).stream()
                    .limit(quota.getOrDefault(type, 0))
                    .map(q -> q.texts().get(vacancy.language()))
                    .forEach(chosen::add);
        }
        return new InterviewQuestionsGenerated(vacancy.language(), chosen, EngineInfo.offline(VERSION));
    }

    /** Candidate questions per type, best first: vacancy skills in their order, level fitting the seniority. */
    private Map<QuestionType, List<BankQuestion>> pools(VacancyBrief vacancy, List<QuestionType> types) {
        List<String> levels = levels(vacancy.seniority());
        var skills = new LinkedHashSet<String>();
        Stream.concat(vacancy.mustHaveSkills().stream(), vacancy.niceToHaveSkills().stream())
                .flatMap(s -> bank.skillFor(s).stream())
                .forEach(skills::add);
        var bySkill = new LinkedHashMap<String, List<BankQuestion>>();
        skills.forEach(skill -> bySkill.put(skill, ranked(bank.forSkill(skill), levels, vacancy.title())));
        List<BankQuestion> general = ranked(bank.general(), levels, vacancy.title());

        var pools = new EnumMap<QuestionType, List<BankQuestion>>(QuestionType.class);
        for (QuestionType type : types) {
            var pool = new ArrayList<BankQuestion>(RoundRobin.interleave(bySkill.values(), type));
            general.stream().filter(q -> q.type() == type).forEach(pool::add);
            pools.put(type, pool.stream().distinct().toList());
        }
        return pools;
    }

    private static List<BankQuestion> ranked(List<BankQuestion> questions, List<String> levels, String seed) {
        return questions.stream()
                .sorted(Comparator.comparingInt((BankQuestion q) -> rank(q, levels))
                        .thenComparingInt(q -> (q.id() + seed).hashCode()))
                .toList();
    }

    private static int rank(BankQuestion question, List<String> levels) {
        int index = levels.indexOf(question.level());
        return question.level().equals("any") ? 0 : index < 0 ? levels.size() : index;
    }

    private static List<String> levels(Seniority seniority) {
        return switch (seniority == null ? Seniority.MIDDLE : seniority) {
            case JUNIOR -> List.of("junior", "middle");
            case MIDDLE -> List.of("middle", "junior", "senior");
            case SENIOR -> List.of("senior", "middle");
            case LEAD -> List.of("senior", "middle");
        };
    }
}
