package io.hrassist.resume.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.Language;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reasons and summary a recruiter reads, word for word in both languages, whichever bundle they come from. */
class ReasonTextsTest {

    private static final List<String> NONE = List.of();
    private static final List<String> ONE = List.of("a line");

    @Test
    void saysWhyASkillGotItsStatus() {
        assertThat(skill(found(NONE, NONE, ONE), Status.MISSING, false, false, Language.EN))
                .isEqualTo("The resume says this was not used or is only planned or being learnt.");
        assertThat(skill(found(NONE, NONE, ONE), Status.PARTIAL, false, false, Language.RU))
                .isEqualTo("Резюме говорит, что с этим навыком не работали или только собираются его изучить;"
                        + " засчитано не больше чем частично.");
        assertThat(skill(found(NONE, NONE, NONE), Status.MET, true, false, Language.EN))
                .isEqualTo("Named among the licences and certificates.");
        assertThat(skill(found(NONE, NONE, NONE), Status.MET, true, false, Language.RU))
                .isEqualTo("Указано среди документов и сертификатов.");
        assertThat(skill(found(ONE, NONE, NONE), Status.MET, true, false, Language.EN))
                .isNull();
        assertThat(skill(found(NONE, NONE, NONE), Status.MISSING, false, true, Language.RU))
                .isEqualTo("Только в списке ключевых слов, который повторяет навык снова и снова: не засчитано.");
        assertThat(skill(found(NONE, NONE, NONE), Status.PARTIAL, false, false, Language.EN))
                .isEqualTo("Only in a skills list or a short line, with no line of work behind it.");
        assertThat(skill(found(NONE, ONE, NONE), Status.PARTIAL, false, false, Language.RU))
                .isEqualTo("Знание названо базовым или по курсам, не по работе.");
        assertThat(skill(found(NONE, NONE, NONE), Status.MISSING, false, false, Language.EN))
                .isNull();
    }

    @Test
    void summarisesWithWhatIsMissing() {
        var criteria = List.of(
                new Criterion("Kotlin", CriterionKind.MUST_HAVE, 35, Status.MET, ONE),
                new Criterion("Kafka", CriterionKind.MUST_HAVE, 35, Status.MISSING, NONE),
                new Criterion("Go", CriterionKind.NICE_TO_HAVE, 20, Status.PARTIAL, ONE));

        assertThat(Summary.of(criteria, 5.5, Language.EN))
                .isEqualTo("Must-have skills shown with evidence: 1 of 2, nice-to-have: 0 of 1;"
                        + " about 5.5 years of experience by the dates. Not found: Kafka.");
        assertThat(Summary.of(criteria, 21, Language.RU))
                .isEqualTo("Обязательные навыки подтверждены: 1 из 2, желательные: 0 из 1; опыт по датам:"
                        + " около 21 года. Не найдено: Kafka.");
        assertThat(Summary.of(criteria.subList(0, 1), 1, Language.EN))
                .isEqualTo("Must-have skills shown with evidence: 1 of 1, nice-to-have: 0 of 0;"
                        + " about 1 year of experience by the dates.");
    }

    @Test
    void explainsTheYearsFromTheDates() {
        var found = new Experience.Found(144, 60, 12, NONE);

        assertThat(ExperienceReason.of(found, 5, Language.EN))
                .isEqualTo("About 12 years of work from the dates, about 5 years of them in jobs that name this"
                        + " vacancy's title or skills; leave and career breaks not counted (about 1 year); 5 wanted.");
        assertThat(ExperienceReason.of(found, 0, Language.RU))
                .isEqualTo("По датам в резюме около 12 лет работы, из них около 5 лет — на работах, где названы"
                        + " должность или навыки вакансии; отпуска по уходу за ребёнком и перерывы не учтены (около 1"
                        + " года); для младшей позиции минимума нет.");
        assertThat(ExperienceReason.of(new Experience.Found(0, 0, 0, NONE), 3, Language.RU))
                .isEqualTo("В резюме нет периодов работы с датами; нужно от 3 лет.");
        assertThat(ExperienceReason.of(new Experience.Found(0, 0, 0, NONE), 0, Language.EN))
                .isEqualTo("No dated periods of work found; no minimum for a junior role.");
    }

    @Test
    void namesTheWorkingLanguageAndWhereItStands() {
        String german = "Ich habe mit dem Team und der Plattform gearbeitet, die wir gebaut haben.";

        Criterion en = Profile.language(Language.EN, german, List.of(german, "English: B1"));
        Criterion ru = Profile.language(Language.RU, german, List.of(german));
        Criterion english = Profile.language(Language.EN, "I led the team and built the platform with them.", NONE);

        assertThat(en.name()).isEqualTo("Working language: English");
        assertThat(en.reason()).isEqualTo("The resume is written in German; English is named without B2 or better.");
        assertThat(ru.name()).isEqualTo("Рабочий язык: русский");
        assertThat(ru.reason()).isEqualTo("Резюме написано на немецком языке; русский не указан.");
        assertThat(english.reason()).isEqualTo("The resume is written in English.");
        assertThat(Profile.education(Language.RU, NONE).name()).isEqualTo("Образование");
    }

    private static SkillEvidence.Found found(List<String> used, List<String> weak, List<String> denied) {
        return new SkillEvidence.Found(used, weak, NONE, NONE, denied, 0, 0);
    }

    private static String skill(
            SkillEvidence.Found found, Status status, boolean credential, boolean repeated, Language language) {
        return SkillReason.of(found, status, credential, repeated, language);
    }
}
