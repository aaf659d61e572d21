package io.hrassist.resume.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.Language;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Status;
import io.hrassist.resume.taxonomy.JsonSkillTaxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a resume line shows about a skill, read as a recruiter reads it: denials, courses, lists and real work. */
class SkillEvidenceTest {

    private static final SkillEvidence EVIDENCE = new SkillEvidence(new JsonSkillTaxonomy(new ObjectMapper()));

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "I have not worked with Kubernetes, but I run Docker Compose at home.|Kubernetes",
                "No experience with Java; my background is Python and Django.|Java",
                "No production Kafka experience yet.|Kafka",
                "Planning to learn Go and gRPC for backend services next year.|Go",
                "Currently learning React in the evenings.|React",
                "Haven't used Salesforce: our team kept accounts in spreadsheets.|Salesforce",
                "I have not yet worked in an ICU.|Critical care",
                "ACLS course booked for March 2027.|ACLS",
                "Не работал с Kubernetes, только читал документацию.|Kubernetes",
                "Нет опыта работы с 1С:Бухгалтерией — только с Excel.|1С:Бухгалтерия",
                "Опыта подготовки к ЕГЭ нет.|Подготовка к ОГЭ и ЕГЭ",
                "Планирую изучить Python и pandas в следующем году.|Python",
                "Изучаю SQL на курсах Яндекс Практикума.|SQL",
                "Декларации по НДС сама не составляла, только готовила книги для главбуха.|НДС",
                "Licensure: LPN. Enrolled in an LPN-to-RN bridge program (graduation expected 2028).|Registered Nurse",
                "• Learning SQL now (SQLBolt, Mode tutorial); no SQL at work so far.|SQL"
            })
    void aDeniedOrPlannedSkillIsNoEvidence(String line, String skill) {
        Criterion criterion = judge(skill, Language.EN, line);

        assertThat(criterion.status()).isEqualTo(Status.MISSING);
        assertThat(criterion.evidence()).isEmpty();
        assertThat(criterion.reason()).contains("not used");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "РСБУ|Я не работал с РСБУ, с 1С не знаком, НДС планирую изучить.|Навыки: РСБУ, 1С:Бухгалтерия, НДС",
                "Kubernetes|I have not worked with Kubernetes yet.|Skills: Docker, Kubernetes, Linux"
            })
    void aSkillsListDoesNotOutweighADenial(String skill, String denial, String skills) {
        Criterion criterion = judge(skill, Language.EN, denial, skills);

        assertThat(criterion.status()).isEqualTo(Status.MISSING);
        assertThat(criterion.evidence()).isEmpty();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Familiar with the basics of SQL from a university module.|SQL",
                "Completed an online course in machine learning with a Kaggle project.|Machine Learning",
                "Знаком с основами Docker по учебному проекту.|Docker",
                "Базовые знания SQL: простые выборки для проверки данных.|SQL"
            })
    void theBasicsOrACourseArePartial(String line, String skill) {
        Criterion criterion = judge(skill, Language.EN, line);

        assertThat(criterion.status()).isEqualTo(Status.PARTIAL);
        assertThat(criterion.evidence()).containsExactly(line);
    }

    @Test
    void aDenialKeepsASkillNamedElsewherePartial() {
        Criterion criterion = judge(
                "Kafka",
                Language.EN,
                "2019 – present  Java developer at a bank: REST services and a Kafka consumer for card events.",
                "No production Kafka experience beyond that one consumer; the rest was a course.");

        assertThat(criterion.status()).isEqualTo(Status.PARTIAL);
        assertThat(criterion.evidence())
                .containsExactly(
                        "2019 – present  Java developer at a bank: REST services and a Kafka consumer for card events.");
    }

    @Test
    void wordsOfDenialElsewhereInTheLineDoNotDenyTheSkill() {
        assertThat(judge("Java", Language.EN, "Moved billing to Java 17 services with no downtime.")
                        .status())
                .isEqualTo(Status.MET);
        assertThat(judge("PostgreSQL", Language.EN, "Built reports in PostgreSQL, but never missed a deadline.")
                        .status())
                .isEqualTo(Status.MET);
        assertThat(judge("ФГОС", Language.RU, "Учу школьников работать по ФГОС с первого класса, не пропуская тем.")
                        .status())
                .isEqualTo(Status.MET);
    }

    @Test
    void aSkillOnlyInASkillsListIsPartialWithTheReasonSaid() {
        assertThat(judge("Java", Language.EN, "Skills: Java, SQL, Docker").status())
                .isEqualTo(Status.PARTIAL);
        Criterion russian = judge(
                "1С:Бухгалтерия",
                Language.RU,
                "Навыки: 1С:Бухгалтерия, Excel, деловая переписка, работа с оргтехникой и документами");
        assertThat(russian.status()).isEqualTo(Status.PARTIAL);
        assertThat(russian.reason())
                .isEqualTo("Только в списке навыков или короткой строке, без строки об опыте работы.");
        Criterion inSection = judge(
                "Critical care",
                Language.EN,
                "Key skills",
                "Critical care terminology, patient intake and scheduling, phones and front desk work");
        assertThat(inSection.status()).isEqualTo(Status.PARTIAL);
    }

    @Test
    void aKeywordBlockThatRepeatsTheSkillEarnsNothing() {
        Criterion criterion = judge(
                "SQL",
                Language.EN,
                "Skills & interests",
                "Python Machine Learning SQL Statistics AI Deep Learning PyTorch A/B testing",
                "SQL Statistics Python Machine Learning Deep Learning AI PyTorch",
                "Statistics AI SQL Python Machine Learning ChatGPT prompt writing Canva");

        assertThat(criterion.status()).isEqualTo(Status.MISSING);
        assertThat(criterion.evidence()).isEmpty();
    }

    @Test
    void acronymHeavyAccountingLinesAreEvidenceNotStuffing() {
        Criterion vat = judge(
                "НДС",
                Language.RU,
                "Веду участок НДС: книги покупок и продаж, декларация по НДС, вычеты НДС и возмещение НДС из бюджета.");
        Criterion ras = judge("РСБУ", Language.RU, "Учёт по РСБУ (ПБУ/ФСБУ), трансформация отчётности в МСФО.");

        assertThat(vat.status()).isEqualTo(Status.MET);
        assertThat(ras.status()).isEqualTo(Status.MET);
        assertThat(EVIDENCE.stuffed("НДС", List.of(vat.evidence().get(0)))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "бухгалтерский учёт|Веду бухгалтерский учёт оптовой компании на ОСНО с 2019 года.|Сверяю расчёты с контрагентами и закрываю месяц в срок.",
                "РСБУ|Составляю бухгалтерскую отчётность по РСБУ для трёх юрлиц группы.|Трансформирую отчётность в МСФО для материнской компании.",
                "МСФО|Трансформирую отчётность в МСФО для материнской компании.|Составляю бухгалтерскую отчётность по РСБУ для трёх юрлиц группы.",
                "1С:Бухгалтерия|Работаю в 1С:Бухгалтерии 8.3: реализация, поступления, закрытие месяца.|Оформляю командировки и авансовые отчёты сотрудников в Excel.",
                "НДС|Готовлю декларацию по НДС и книги покупок и продаж каждый квартал.|Начисляю зарплату и сдаю отчётность по НДФЛ и страховым взносам.",
                "Авансовые отчёты|Проверяю авансовые отчёты сотрудников и расчёты с подотчётными лицами.|Готовлю декларацию по НДС и книги покупок и продаж каждый квартал."
            })
    void russianAccountingSkillsMatchTheirOwnLines(String skill, String itsLine, String anotherLine) {
        Criterion criterion = judge(skill, Language.RU, itsLine, anotherLine);

        assertThat(criterion.status()).isEqualTo(Status.MET);
        assertThat(criterion.evidence()).containsExactly(itsLine);
    }

    @Test
    void terseDutyBulletsAndEnumeratingSentencesAreWork() {
        assertThat(judge("РСБУ", Language.RU, "06.2021 — н.в.  ООО «Балтик Трейд», бухгалтер", "• учёт по ПБУ/ФСБУ")
                        .status())
                .isEqualTo(Status.MET);
        assertThat(judge(
                                "Первичная документация",
                                Language.RU,
                                "— Проверяю и провожу первичные документы: УПД, ТОРГ-12, счета-фактуры, акты; работаю в"
                                        + " Диадоке.")
                        .status())
                .isEqualTo(Status.MET);
    }

    @Test
    void aCourseSectionIsStudyButADegreeThereIsHeld() {
        Criterion course = judge(
                "Machine Learning",
                Language.EN,
                "Data science training",
                "Coursera Machine Learning Specialization (Andrew Ng), 2025 — certificate.");
        Criterion degree = judge(
                "Педагогическое образование",
                Language.RU,
                "Образование",
                "КФУ, Институт математики и механики, «Педагогическое образование», 2017");

        assertThat(course.status()).isEqualTo(Status.PARTIAL);
        assertThat(degree.status()).isEqualTo(Status.MET);
    }

    @Test
    void aBlockRepeatedLineForLineIsStuffingAndNoEvidence() {
        String block = "1С:Бухгалтерия РСБУ НДС первичная документация";
        List<String> lines =
                List.of("Ключевые навыки", block, block, block, "Консультирую покупателей в торговом зале.");

        assertThat(EVIDENCE.judge("НДС", CriterionKind.MUST_HAVE, 10, lines, Language.RU)
                        .status())
                .isEqualTo(Status.MISSING);
        assertThat(EVIDENCE.stuffed("НДС", lines)).isTrue();
    }

    @Test
    void aCertificateInACredentialsLineIsHeld() {
        Criterion acls = judge("ACLS", Language.EN, "Certifications: BLS, ACLS, PALS, TNCC");

        assertThat(acls.status()).isEqualTo(Status.MET);
        assertThat(judge("Java", Language.EN, "Certifications: OCP Java, AWS, Scrum")
                        .status())
                .isEqualTo(Status.PARTIAL);
    }

    private static Criterion judge(String skill, Language language, String... lines) {
        return EVIDENCE.judge(skill, CriterionKind.MUST_HAVE, 10, List.of(lines), language);
    }
}
