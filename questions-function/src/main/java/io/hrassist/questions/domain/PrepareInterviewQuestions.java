package io.hrassist.questions.domain;

import io.hrassist.events.EngineInfo;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsGenerated.Question;
import io.hrassist.events.InterviewQuestionsGenerated.Requirement;
import io.hrassist.events.InterviewQuestionsGenerated.RequirementKind;
import io.hrassist.events.InterviewQuestionsGenerated.Scoring;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.Language;
import io.hrassist.events.QuestionType;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Prepares a structured interview kit: every must-have skill gets a question first (from the bank, or from templates
 * about the skill when the bank does not know it), then the requested count and types are filled with the bank's
 * questions for the vacancy's skills at its seniority, the general behavioural and situational sets, and templates. A
 * vacancy with more must-haves than the count gets a kit of one question per must-have: none is left untested.
 * Each question traces to the requirement it tests and carries follow-ups, red flags and its anchored 1–5 rubric.
 * No question twice; the choice is deterministic for a vacancy.
 */
public final class PrepareInterviewQuestions
        implements Function<InterviewQuestionsRequested, InterviewQuestionsGenerated> {

    public static final String VERSION = "questions-offline-2";

    /** The type a must-have is best tested by first: what the person can do, then how they would act, then did. */
    private static final List<QuestionType> COVERAGE =
            List.of(QuestionType.TECHNICAL, QuestionType.SITUATIONAL, QuestionType.BEHAVIORAL);

    private final QuestionBank bank;

    public PrepareInterviewQuestions(QuestionBank bank) {
        this.bank = bank;
    }

    @Override
    public InterviewQuestionsGenerated apply(InterviewQuestionsRequested request) {
        VacancyBrief vacancy = request.vacancy();
        List<String> levels = levels(vacancy.seniority());
        List<Need> needs = needs(vacancy, levels);
        List<Pick> general = ranked(bank.general(), levels, vacancy.title()).stream()
                .map(q -> new Pick(
                        q, new Requirement(q.texts().get(vacancy.language()).competency(), RequirementKind.CORE)))
                .toList();
        var plan = new KitPlan(Quota.split(size(request), request.types(), available(needs, general, request.types())));
        for (Need need : needs) {
            if (need.requirement().kind() == RequirementKind.MUST_HAVE) {
                COVERAGE.stream()
                        .filter(request.types()::contains)
                        .anyMatch(type -> plan.takeFirst(type, need.all(type)));
            }
        }
        for (QuestionType type : request.types()) {
            plan.fill(
                    type,
                    RoundRobin.interleave(
                            needs.stream().map(n -> n.fromBank(type)).toList()));
            plan.fill(
                    type,
                    general.stream().filter(p -> p.question().type() == type).toList());
            plan.fill(
                    type,
                    RoundRobin.interleave(
                            needs.stream().map(n -> n.fromTemplates(type)).toList()));
        }
        Language language = vacancy.language();
        KitDefaults defaults = bank.defaults();
        List<Question> questions = plan.picks(request.types()).stream()
                .map(pick -> question(pick, language, defaults))
                .toList();
        var scoring = new Scoring(1, 5, true, defaults.scoring().get(language));
        return new InterviewQuestionsGenerated(language, questions, EngineInfo.offline(VERSION), scoring);
    }

    /** The vacancy's skills as requirements, must-haves first, each with the questions that can test it. */
    private List<Need> needs(VacancyBrief vacancy, List<String> levels) {
        var needs = new ArrayList<Need>();
        var seen = new HashSet<String>();
        for (RequirementKind kind : List.of(RequirementKind.MUST_HAVE, RequirementKind.NICE_TO_HAVE)) {
            List<String> skills =
                    kind == RequirementKind.MUST_HAVE ? vacancy.mustHaveSkills() : vacancy.niceToHaveSkills();
            for (String skill : skills) {
                if (seen.add(key(skill))) {
                    List<BankQuestion> fromBank =
                            bank.skillFor(skill).map(bank::forSkill).orElse(List.of());
                    List<BankQuestion> templates =
                            bank.templates().stream().map(t -> t.about(skill)).toList();
                    needs.add(new Need(
                            new Requirement(skill.strip(), kind),
                            ranked(fromBank, levels, vacancy.title()),
                            ranked(templates, levels, vacancy.title())));
                }
            }
        }
        return needs;
    }

    /**
     * How many questions a kit for {@code request} holds: the count asked for, or more when the vacancy has more
     * must-have skills, so that each of them gets its question.
     */
    public static int size(InterviewQuestionsRequested request) {
        long mustHaves = request.vacancy().mustHaveSkills().stream()
                .map(PrepareInterviewQuestions::key)
                .distinct()
                .count();
        return Math.max(request.count(), (int) mustHaves);
    }

    private static String key(String skill) {
        return skill.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<QuestionType, Integer> available(
            List<Need> needs, List<Pick> general, List<QuestionType> types) {
        var available = new EnumMap<QuestionType, Integer>(QuestionType.class);
        for (QuestionType type : types) {
            var ids = new HashSet<String>();
            needs.forEach(n -> n.all(type).forEach(p -> ids.add(p.question().id())));
            general.stream()
                    .filter(p -> p.question().type() == type)
                    .forEach(p -> ids.add(p.question().id()));
            available.put(type, ids.size());
        }
        return available;
    }

    /** The question as the kit asks it: in the vacancy's language, traced to its requirement, with probes. */
    private static Question question(Pick pick, Language language, KitDefaults defaults) {
        Question q = pick.question().texts().get(language);
        QuestionType type = pick.question().type();
        return new Question(
                q.text(),
                type,
                q.competency(),
                q.goodAnswer(),
                q.rubric(),
                pick.requirement(),
                q.followUps().isEmpty() ? defaults.followUps(type, language) : q.followUps(),
                q.redFlags().isEmpty() ? defaults.redFlags(type, language) : q.redFlags());
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
            case SENIOR, LEAD -> List.of("senior", "middle");
        };
    }
}
