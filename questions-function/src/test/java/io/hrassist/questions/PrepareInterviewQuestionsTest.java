package io.hrassist.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsGenerated.Question;
import io.hrassist.events.InterviewQuestionsGenerated.Requirement;
import io.hrassist.events.InterviewQuestionsGenerated.RequirementKind;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.Language;
import io.hrassist.events.QuestionType;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.hrassist.questions.bank.JsonQuestionBank;
import io.hrassist.questions.domain.PrepareInterviewQuestions;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrepareInterviewQuestionsTest {

    private static final JsonQuestionBank BANK = new JsonQuestionBank(new ObjectMapper());
    private final PrepareInterviewQuestions prepare = new PrepareInterviewQuestions(BANK);

    private static VacancyBrief backend(Language language) {
        return new VacancyBrief(
                "Backend Engineer",
                language,
                Seniority.SENIOR,
                null,
                null,
                null,
                List.of("Java", "Python"),
                List.of(),
                null);
    }

    @Test
    void honoursCountAndTypesWithoutDuplicates() {
        var result = prepare.apply(new InterviewQuestionsRequested(
                null, backend(Language.EN), 12, List.of(QuestionType.TECHNICAL, QuestionType.BEHAVIORAL)));

        assertThat(result.questions()).hasSize(12);
        assertThat(result.questions())
                .extracting(Question::type)
                .containsOnly(QuestionType.TECHNICAL, QuestionType.BEHAVIORAL)
                .contains(QuestionType.TECHNICAL);
        assertThat(result.questions()).extracting(Question::text).doesNotHaveDuplicates();
    }

    @Test
    void coversEachVacancySkill() {
        var result = prepare.apply(
                new InterviewQuestionsRequested(null, backend(Language.EN), 6, List.of(QuestionType.TECHNICAL)));

        assertThat(result.questions()).extracting(Question::competency).contains("Java", "Python");
    }

    @Test
    void everyQuestionHasGoodAnswerAndFullRubric() {
        var result = prepare.apply(new InterviewQuestionsRequested(null, backend(Language.RU), 10, List.of()));

        assertThat(result.language()).isEqualTo(Language.RU);
        assertThat(result.questions()).allSatisfy(q -> {
            assertThat(q.goodAnswer()).isNotEmpty();
            assertThat(q.rubric())
                    .hasSize(5)
                    .allSatisfy(level -> assertThat(level.description()).isNotBlank());
            assertThat(q.text()).containsPattern("\\p{IsCyrillic}");
        });
    }

    @Test
    void isDeterministicForTheSameVacancy() {
        var request = new InterviewQuestionsRequested(null, backend(Language.EN), 8, List.of());

        InterviewQuestionsGenerated first = prepare.apply(request);

        assertThat(prepare.apply(request)).isEqualTo(first);
    }

    @Test
    void givesEveryMustHaveAQuestionEvenASkillOutsideTheBank() {
        var nurse = vacancy(
                "Registered Nurse",
                Language.EN,
                Seniority.MIDDLE,
                List.of("Patient care", "IV therapy", "Wound care", "Java", "Spring Boot"),
                List.of("Phlebotomy"));

        var result = prepare.apply(new InterviewQuestionsRequested(null, nurse, 8, List.of()));

        assertThat(result.questions()).hasSize(8);
        for (String skill : nurse.mustHaveSkills()) {
            assertThat(result.questions())
                    .as(skill)
                    .anySatisfy(q ->
                            assertThat(q.requirement()).isEqualTo(new Requirement(skill, RequirementKind.MUST_HAVE)));
        }
        assertThat(result.questions())
                .filteredOn(q -> q.requirement().name().equals("IV therapy"))
                .allSatisfy(q -> {
                    assertThat(q.text()).contains("IV therapy");
                    assertThat(q.goodAnswer()).hasSizeGreaterThanOrEqualTo(3);
                });
        assertThat(result.questions())
                .filteredOn(q -> q.requirement().name().equals("Spring Boot"))
                .allSatisfy(q -> assertThat(q.competency())
                        .as("from the bank's Java questions")
                        .isEqualTo("Java"));
    }

    @Test
    void asksAboutASkillOutsideTheBankInTheVacancysLanguage() {
        var warehouse = vacancy(
                "Кладовщик", Language.RU, Seniority.JUNIOR, List.of("Складской учёт", "Работа с ТСД"), List.of());

        var result = prepare.apply(new InterviewQuestionsRequested(null, warehouse, 6, List.of()));

        assertThat(result.questions())
                .filteredOn(q -> q.requirement().kind() == RequirementKind.MUST_HAVE)
                .extracting(q -> q.requirement().name())
                .contains("Складской учёт", "Работа с ТСД");
        assertThat(result.questions())
                .filteredOn(q -> q.requirement().name().equals("Складской учёт"))
                .allSatisfy(q -> {
                    assertThat(q.text()).contains("«Складской учёт»");
                    assertThat(q.followUps()).allSatisfy(f -> assertThat(f).containsPattern("\\p{IsCyrillic}"));
                    assertThat(q.rubric())
                            .allSatisfy(l -> assertThat(l.description()).containsPattern("\\p{IsCyrillic}"));
                });
    }

    @Test
    void fitsTheTemplatesToTheSeniority() {
        var junior = prepare.apply(new InterviewQuestionsRequested(
                null,
                vacancy("Beekeeper", Language.EN, Seniority.JUNIOR, List.of("Hive inspection"), List.of()),
                3,
                List.of(QuestionType.TECHNICAL)));
        var senior = prepare.apply(new InterviewQuestionsRequested(
                null,
                vacancy("Beekeeper", Language.EN, Seniority.SENIOR, List.of("Hive inspection"), List.of()),
                3,
                List.of(QuestionType.TECHNICAL)));

        assertThat(junior.questions()).hasSize(3);
        assertThat(junior.questions().get(0).text())
                .isNotEqualTo(senior.questions().get(0).text());
        assertThat(senior.questions().get(0).text()).containsAnyOf("team", "trade-offs");
    }

    @Test
    void makesEveryQuestionAStructuredInterviewQuestion() {
        var result = prepare.apply(new InterviewQuestionsRequested(
                null,
                vacancy(
                        "Backend Engineer",
                        Language.EN,
                        Seniority.SENIOR,
                        List.of("Java", "Forklift operation"),
                        List.of("Kafka")),
                12,
                List.of()));

        assertThat(result.scoring().notAssessedAllowed()).isTrue();
        assertThat(result.scoring().instructions()).contains("not assessed");
        assertThat(result.questions()).allSatisfy(q -> {
            assertThat(q.requirement()).isNotNull();
            assertThat(q.followUps()).isNotEmpty();
            assertThat(q.redFlags()).isNotEmpty();
            assertThat(q.rubric()).extracting(l -> l.score()).containsExactly(1, 2, 3, 4, 5);
        });
        assertThat(result.questions())
                .extracting(q -> q.requirement().kind())
                .contains(RequirementKind.MUST_HAVE, RequirementKind.NICE_TO_HAVE, RequirementKind.CORE);
        assertThat(result.questions())
                .filteredOn(q -> q.requirement().kind() == RequirementKind.CORE)
                .allSatisfy(q -> assertThat(q.type()).isNotEqualTo(QuestionType.TECHNICAL));
    }

    @Test
    void asksSkillsOutsideTheBankInDifferentWays() {
        List<String> skills = List.of("Employee relations", "Performance management", "Payroll audits");
        var result = prepare.apply(new InterviewQuestionsRequested(
                null,
                vacancy("HR Partner", Language.EN, Seniority.SENIOR, skills, List.of()),
                6,
                List.of(QuestionType.TECHNICAL)));

        assertThat(result.questions()).hasSize(6);
        assertThat(result.questions())
                .extracting(q -> q.text().replace(q.requirement().name(), "…"))
                .doesNotHaveDuplicates();
    }

    @Test
    void coversMustHavesWithBehaviouralQuestionsWhenOnlyThoseAreWanted() {
        var result = prepare.apply(new InterviewQuestionsRequested(
                null,
                vacancy("Accountant", Language.EN, null, List.of("IFRS", "Payroll"), List.of()),
                4,
                List.of(QuestionType.BEHAVIORAL)));

        assertThat(result.questions()).extracting(Question::type).containsOnly(QuestionType.BEHAVIORAL);
        assertThat(result.questions()).extracting(q -> q.requirement().name()).contains("IFRS", "Payroll");
    }

    @Test
    void givesEveryMustHaveAQuestionWhenTheyOutnumberTheCount() {
        List<String> mustHave = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> i % 5 == 0
                        ? List.of("SQL", "Python", "Java", "Excel", "Git").get(i / 5 - 1)
                        : "Навык " + i)
                .toList();
        var vacancy = vacancy("Аналитик", Language.RU, Seniority.MIDDLE, mustHave, List.of("Tableau"));

        var result = prepare.apply(new InterviewQuestionsRequested(null, vacancy, 10, List.of()));

        assertThat(result.questions()).hasSize(25);
        assertThat(result.questions()).extracting(Question::text).doesNotHaveDuplicates();
        assertThat(result.questions())
                .allSatisfy(q -> assertThat(q.text()).containsPattern("\\p{IsCyrillic}"))
                .extracting(Question::requirement)
                .containsExactlyInAnyOrderElementsOf(mustHave.stream()
                        .map(skill -> new Requirement(skill, RequirementKind.MUST_HAVE))
                        .toList());
    }

    @Test
    void fitsAKitForTheMostMustHavesAVacancyMayHaveIntoTheEvent() {
        List<String> mustHave = IntStream.rangeClosed(1, VacancyBrief.MAX_SKILLS)
                .mapToObj(i -> "Skill " + i)
                .toList();

        var result = prepare.apply(new InterviewQuestionsRequested(
                null,
                vacancy("Generalist", Language.EN, Seniority.SENIOR, mustHave, List.of()),
                1,
                List.of(QuestionType.BEHAVIORAL)));

        assertThat(result.questions())
                .hasSize(VacancyBrief.MAX_SKILLS)
                .allSatisfy(q -> assertThat(q.type()).isEqualTo(QuestionType.BEHAVIORAL))
                .extracting(q -> q.requirement().name())
                .containsExactlyInAnyOrderElementsOf(mustHave);
    }

    private static VacancyBrief vacancy(
            String title, Language language, Seniority seniority, List<String> mustHave, List<String> niceToHave) {
        return new VacancyBrief(title, language, seniority, null, null, null, mustHave, niceToHave, null);
    }
}
