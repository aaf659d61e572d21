package io.hrassist.jd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionGenerated.Action;
import io.hrassist.events.JobDescriptionGenerated.Severity;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.hrassist.jd.domain.WriteJobDescription;
import io.hrassist.jd.kb.JsonRoleCatalog;
import io.hrassist.wording.JsonWordingCheck;
import io.hrassist.wording.Screening;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WriteJobDescriptionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final WriteJobDescription writer = new WriteJobDescription(
            new JsonRoleCatalog(MAPPER), new Screening(new JsonWordingCheck(MAPPER), List.of()));

    @Test
    void writesRoleResponsibilitiesForTheSeniorityAndOnlyTheGivenRequirements() {
        var result = write(new VacancyBrief(
                "Backend Developer",
                Language.EN,
                Seniority.SENIOR,
                "Berlin",
                "full-time",
                "hybrid",
                List.of("Java", "PostgreSQL"),
                List.of("Kafka"),
                null));

        assertThat(section(result, "responsibilities").items()).isNotEmpty();
        assertThat(section(result, "must-have").items())
                .containsExactly("Hands-on experience with Java", "Hands-on experience with PostgreSQL");
        assertThat(result.markdown()).doesNotContainIgnoringCase("degree").doesNotContainIgnoringCase("years of");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void writesRussianText() {
        var result = write(new VacancyBrief(
                "Бэкенд-разработчик",
                Language.RU,
                Seniority.MIDDLE,
                "Москва",
                null,
                "удалённо",
                List.of("Go"),
                List.of(),
                null));

        assertThat(result.markdown()).contains("## Чем предстоит заниматься").contains("Go — практический опыт");
    }

    @Test
    void warnsAboutBiasedWordingInEnglishBrief() {
        var result = write(new VacancyBrief(
                "Sales Manager",
                Language.EN,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                "Join a young and energetic team of sales rockstars."));

        assertThat(result.warnings()).extracting(Warning::phrase).contains("young", "energetic", "rockstars");
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.suggestion()).isNotBlank());
    }

    @Test
    void warnsAboutIllegalRestrictionsInRussianBrief() {
        var result = write(new VacancyBrief(
                "Менеджер по продажам",
                Language.RU,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                "Ищем молодой мужчина до 30 лет с пропиской."));

        assertThat(result.warnings()).extracting(Warning::category).contains("age", "sex", "residence");
    }

    @Test
    void saysWhatItAssumedInsteadOfInventing() {
        var result = write(
                new VacancyBrief("Chief Happiness Wizard", Language.EN, null, null, null, null, null, null, null));

        assertThat(result.assumptions()).anyMatch(a -> a.contains("Seniority not given"));
        assertThat(result.assumptions()).anyMatch(a -> a.contains("no requirements were invented"));
        assertThat(result.sections()).noneMatch(s -> s.id().equals("must-have"));
    }

    @Test
    void keepsFlaggedWordingOfTheBriefOutOfThePublishedTextAndSaysSo() {
        var result = write(brief(
                Language.EN,
                "We build routing software for hospitals. We need a young rockstar who will crush your quotas."
                        + " Candidates under 30 only.\nOur team of ninjas ships every day."));

        assertThat(result.markdown())
                .contains("We build routing software for hospitals.")
                .contains("Our team of experts ships every day.")
                .doesNotContainIgnoringCase("young")
                .doesNotContainIgnoringCase("rockstar")
                .doesNotContainIgnoringCase("crush")
                .doesNotContain("under 30")
                .doesNotContainIgnoringCase("ninja");
        assertThat(result.warnings())
                .extracting(Warning::phrase, Warning::action, Warning::replacement)
                .contains(
                        tuple("young", Action.REMOVED, null),
                        tuple("Candidates under 30", Action.REMOVED, null),
                        tuple("crush your quotas", Action.REMOVED, null),
                        tuple("ninjas", Action.REPLACED, "experts"));
        assertThat(result.warnings().get(0).severity()).isEqualTo(Severity.UNLAWFUL);
        assertThat(result.assumptions()).anyMatch(a -> a.contains("were left out"));
    }

    @Test
    void keepsFlaggedRussianSentencesOutAndTheRestIn() {
        var result = write(
                brief(Language.RU, "Ищем молодого мужчину до 30 лет с пропиской. Работа в дружной команде на складе."));

        assertThat(result.markdown())
                .contains("Работа в дружной команде на складе.")
                .doesNotContain("молодого")
                .doesNotContain("прописк");
        assertThat(result.warnings()).extracting(Warning::category).contains("age", "sex", "residence");
        assertThat(result.warnings())
                .filteredOn(w -> !w.category().equals("draft"))
                .allSatisfy(w -> assertThat(w.action()).isEqualTo(Action.REMOVED));
    }

    @Test
    void leavesOutARequirementItCannotPublish() {
        var result = write(new VacancyBrief(
                "Customer Support Specialist",
                Language.EN,
                null,
                null,
                null,
                null,
                List.of("Zendesk", "Native English speaker"),
                List.of(),
                null));

        assertThat(section(result, "must-have").items()).containsExactly("Hands-on experience with Zendesk");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.action()).isEqualTo(Action.REMOVED);
            assertThat(w.severity()).isEqualTo(Severity.UNLAWFUL);
        });
    }

    @Test
    void publishesAGenderedTitleAsTheNeutralTitleWhereverTheTextNamesIt() {
        var result = write(new VacancyBrief(
                "Senior Salesman",
                Language.EN,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                "As our senior salesman you will visit clients across the region."));

        assertThat(result.title()).isEqualTo("Senior Salesperson");
        assertThat(result.markdown())
                .startsWith("# Senior Salesperson")
                .contains("As our senior salesperson you will visit clients across the region.")
                .doesNotContainIgnoringCase("salesman");
        assertThat(result.warnings())
                .filteredOn(w -> w.category().equals("gender"))
                .singleElement()
                .extracting(Warning::phrase, Warning::action, Warning::replacement)
                .containsExactly("Salesman", Action.REPLACED, "Salesperson");
    }

    @Test
    void publishesAGenderedRussianTitleAsTheNeutralTitle() {
        var result = write(
                new VacancyBrief("Продавщица-кассир", Language.RU, null, null, null, null, List.of(), List.of(), null));

        assertThat(result.title()).isEqualTo("Продавец-кассир");
        assertThat(result.markdown()).startsWith("# Продавец-кассир").doesNotContainIgnoringCase("продавщиц");
        assertThat(result.warnings())
                .filteredOn(w -> w.category().equals("sex"))
                .singleElement()
                .extracting(Warning::phrase, Warning::severity, Warning::action, Warning::replacement)
                .containsExactly("Продавщица", Severity.UNLAWFUL, Action.REPLACED, "Продавец");
    }

    @ParameterizedTest
    @CsvSource({
        "EN, Promo Girl, Girl, no neutral title",
        "RU, Девушка-администратор, Девушка, нейтрального названия",
    })
    void keepsATitleWithNoNeutralTitleAndSaysWhy(Language language, String title, String phrase, String why) {
        var result = write(new VacancyBrief(title, language, null, null, null, null, List.of(), List.of(), null));

        assertThat(result.markdown()).startsWith("# " + title);
        assertThat(result.warnings())
                .filteredOn(w -> w.phrase().equals(phrase))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.action()).isEqualTo(Action.KEPT);
                    assertThat(w.replacement()).isNull();
                    assertThat(w.reason()).contains(why);
                });
    }

    @Test
    void publishesAnAllowedPhraseOfTheVacancyUnflagged() {
        var vacancy = brief(Language.EN, "A women's shelter: we prefer female nurses. Night shifts.");

        var result = writer.apply(new JobDescriptionRequested(null, vacancy, List.of("female nurses")));

        assertThat(result.markdown()).contains("we prefer female nurses");
        assertThat(result.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "EN|Remote-first team. Salary: $90k–110k.|Salary: $90k–110k|Remote-first team.",
                "EN|We maintain 40 stores. Salary: £38,000–£44,000 plus overtime.|Salary: £38,000–£44,000 plus overtime|"
                        + "We maintain 40 stores.",
                "EN|We offer £40,000 - £45,000 per year and a pension.|Salary: £40,000 - £45,000 per year|"
                        + "We offer £40,000 - £45,000 per year and a pension.",
                "RU|Склад в Казани. Зарплата от 150 000 ₽ на руки, график 2/2.|Зарплата: от 150 000 ₽ на руки, график 2/2|"
                        + "Склад в Казани.",
                "RU|Оклад 120-150 тыс. руб. Офис у метро.|Зарплата: 120-150 тыс. руб.|Офис у метро."
            })
    void putsTheSalaryTheBriefStatesIntoTheConditions(Language language, String brief, String condition, String about) {
        var result = write(brief(language, brief));

        assertThat(section(result, "conditions").items()).contains(condition);
        assertThat(section(result, "summary").text()).startsWith(about + "\n\n");
        assertThat(result.assumptions()).noneMatch(a -> a.contains("salary") || a.contains("зарплат"));
    }

    @Test
    void findsNoSalaryInYearsOrPercentages() {
        var result = write(brief(Language.RU, "Опыт работы от 3 лет. Бонус до 30% от оклада."));

        assertThat(result.sections()).noneMatch(s -> s.id().equals("conditions"));
        assertThat(result.assumptions()).anyMatch(a -> a.contains("Вилка зарплаты не указана"));
    }

    @Test
    void draftsResponsibilitiesFromSkillsAndSeniorityForAnUnknownTitle() {
        var result = write(new VacancyBrief(
                "Apiary Technician",
                Language.EN,
                Seniority.SENIOR,
                null,
                null,
                null,
                List.of("Hive inspection", "Honey extraction"),
                List.of(),
                null));

        assertThat(section(result, "responsibilities").items())
                .hasSizeGreaterThanOrEqualTo(5)
                .anyMatch(item -> item.contains("Hive inspection"))
                .anyMatch(item -> item.contains("Honey extraction"))
                .anyMatch(item -> item.contains("Mentor"));
        assertThat(result.markdown()).contains("> Draft to review: “Apiary Technician” matched no role");
        assertThat(section(result, "summary").text())
                .isEqualTo("We are looking for an Apiary Technician to join our team.");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.category()).isEqualTo("draft"));
        assertThat(result.assumptions()).anyMatch(a -> a.contains("draft"));
    }

    @Test
    void draftsRussianResponsibilitiesForAnUnknownTitleWithoutSkills() {
        var result = write(new VacancyBrief(
                "Пчеловод", Language.RU, Seniority.JUNIOR, null, null, null, List.of(), List.of(), null));

        assertThat(section(result, "responsibilities").items())
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(item -> assertThat(item).containsPattern("\\p{IsCyrillic}"));
        assertThat(result.markdown()).contains("> Черновик для проверки");
    }

    private static VacancyBrief brief(Language language, String brief) {
        return new VacancyBrief(
                language == Language.EN ? "Backend Engineer" : "Кладовщик",
                language,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                brief);
    }

    private JobDescriptionGenerated write(VacancyBrief brief) {
        return writer.apply(new JobDescriptionRequested(null, brief));
    }

    private static JobDescriptionGenerated.Section section(JobDescriptionGenerated result, String id) {
        return result.sections().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
