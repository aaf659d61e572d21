package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.Language;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Status;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.EvaluateResume;
import io.hrassist.resume.taxonomy.JsonSkillTaxonomy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole resumes ranked as a recruiter would: one that denies the requirements below one that shows them, a skills
 * line below real work, a German resume not taken for English, only relevant years counted.
 */
class RecruiterReadingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
    private final EvaluateResume evaluate =
            new EvaluateResume(new FileDocumentReader(), new JsonSkillTaxonomy(new ObjectMapper()), CLOCK);

    private static final VacancyBrief DEVOPS =
            vacancy("DevOps Engineer", Language.EN, Seniority.SENIOR, List.of("Kubernetes", "PostgreSQL", "Terraform"));
    private static final VacancyBrief ACCOUNTANT =
            vacancy("Бухгалтер", Language.RU, Seniority.MIDDLE, List.of("1С:Бухгалтерия", "НДС", "РСБУ"));
    private static final VacancyBrief NURSE = vacancy(
            "Registered Nurse",
            Language.EN,
            Seniority.MIDDLE,
            List.of("Registered Nurse", "Basic Life Support", "Electronic health records", "Patient assessment"));

    @Test
    void aResumeThatDeniesEveryMustHaveScoresLowAndBelowARealOne() {
        ResumeEvaluated denier = evaluate(DEVOPS, """
                2016 – present  Systems Administrator, Acme Logistics
                Maintain Windows servers and Active Directory for 300 users.
                I have not worked with Kubernetes; no experience with Terraform either.
                Planning to learn PostgreSQL next year.
                """);
        ResumeEvaluated real = evaluate(DEVOPS, """
                2017 – present  Platform Engineer, Acme Logistics
                Migrated 40 services to k8s clusters and wrote the Terraform modules for them.
                Tuned Postgres replication and backups for the billing database.
                """);

        assertThat(mustHaves(denier)).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(Status.MISSING);
            assertThat(c.evidence()).isEmpty();
        });
        assertThat(denier.score()).isLessThan(20).isLessThan(real.score());
    }

    @Test
    void aRussianResumeThatDeniesEveryMustHaveScoresLowAndBelowARealOne() {
        ResumeEvaluated denier = evaluate(ACCOUNTANT, """
                2019 — н.в.  Администратор салона красоты
                Не работала с 1С:Бухгалтерией, опыта работы с НДС нет.
                РСБУ планирую изучить на курсах в следующем году.
                """);
        ResumeEvaluated real = evaluate(ACCOUNTANT, """
                2018 — н.в.  Бухгалтер на участке реализации, ООО «СтройОпт»
                Веду реализацию и закупки в 1С:Бухгалтерии 8.3, первичные документы и сверки с контрагентами.
                Книги покупок и продаж, декларация по НДС ежеквартально; учёт по РСБУ.
                """);

        assertThat(mustHaves(denier)).extracting(Criterion::status).containsOnly(Status.MISSING);
        assertThat(mustHaves(real)).extracting(Criterion::status).containsOnly(Status.MET);
        assertThat(denier.score()).isLessThan(20).isLessThan(real.score());
    }

    @Test
    void aReceptionistWithASkillsLineRanksBelowAWorkingNurse() {
        ResumeEvaluated receptionist = evaluate(NURSE, """
                2016 – present  Front Desk Receptionist, Riverside Family Clinic
                Greet patients, book appointments and answer phones for six doctors.
                Skills: Registered Nurse duties, BLS, EHR, patient assessment, scheduling
                """);
        ResumeEvaluated nurse = evaluate(NURSE, """
                2019 – present  Staff RN, Medical-Surgical Unit, Mercy Hospital
                Care for five adult patients per shift: head-to-toe patient assessments, medications, wound care.
                Document every assessment and care plan in Epic; precept new graduate nurses.
                Licensure: Registered Nurse, Ohio (active) · BLS (AHA), current
                """);

        assertThat(mustHaves(receptionist)).extracting(Criterion::status).doesNotContain(Status.MET);
        assertThat(mustHaves(nurse)).extracting(Criterion::status).containsOnly(Status.MET);
        assertThat(receptionist.score()).isLessThan(nurse.score() - 30);
    }

    @Test
    void aGermanResumeIsNotTakenForEnglish() {
        String german = """
                Berufserfahrung
                2018 – heute  Platform Engineer, Acme GmbH, München
                Betrieb von 40 Diensten auf Kubernetes und Terraform-Module für die gesamte Infrastruktur.
                Verantwortlich für die Datenbanken mit PostgreSQL und die Überwachung der Systeme.
                """;

        Criterion unstated = language(evaluate(DEVOPS, german));
        Criterion stated = language(evaluate(DEVOPS, german + "Sprachen: Deutsch (Muttersprache), Englisch (C1)\n"));

        assertThat(unstated.status()).isEqualTo(Status.MISSING);
        assertThat(unstated.reason()).isEqualTo("The resume is written in German; English is not named.");
        assertThat(stated.status()).isEqualTo(Status.MET);
        assertThat(stated.reason()).isEqualTo("The resume is written in German; English is stated at B2 or better.");
        assertThat(stated.evidence()).containsExactly("Sprachen: Deutsch (Muttersprache), Englisch (C1)");
    }

    @Test
    void anEnglishResumeQuotesARepresentativeLineAndSaysWhyInTheReason() {
        Criterion english = language(evaluate(DEVOPS, """
                Anna Schmidt
                2018 – present  Platform Engineer, Acme GmbH, Munich
                Run 40 services on Kubernetes and wrote the Terraform modules for the whole platform.
                """));

        assertThat(english.status()).isEqualTo(Status.MET);
        assertThat(english.reason()).isEqualTo("The resume is written in English.");
        assertThat(english.evidence()).containsExactly("2018 – present  Platform Engineer, Acme GmbH, Munich");
    }

    @Test
    void aCashiersTenYearsDoNotMakeASeniorEngineer() {
        Criterion years = experience(evaluate(
                vacancy("Senior Software Engineer", Language.EN, Seniority.SENIOR, List.of("Java", "PostgreSQL")),
                """
                2014 – 2024  Cashier, FreshMart supermarket
                2025 – present  Junior Java developer, Acme: Java services on PostgreSQL.
                """));

        assertThat(years.status()).isEqualTo(Status.MISSING);
        assertThat(years.reason()).startsWith("About 12.9 years of work from the dates, about 1.9 years of them");
    }

    private ResumeEvaluated evaluate(VacancyBrief vacancy, String text) {
        var document = new Document("resume.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
        return evaluate.apply(new ResumeEvaluationRequested(null, null, vacancy, document));
    }

    private static VacancyBrief vacancy(String title, Language language, Seniority seniority, List<String> skills) {
        return new VacancyBrief(title, language, seniority, null, null, null, skills, List.of(), null);
    }

    private static List<Criterion> mustHaves(ResumeEvaluated result) {
        return result.criteria().stream()
                .filter(c -> c.kind() == CriterionKind.MUST_HAVE)
                .toList();
    }

    private static Criterion language(ResumeEvaluated result) {
        return only(result, CriterionKind.LANGUAGE);
    }

    private static Criterion experience(ResumeEvaluated result) {
        return only(result, CriterionKind.EXPERIENCE);
    }

    private static Criterion only(ResumeEvaluated result, CriterionKind kind) {
        return result.criteria().stream()
                .filter(c -> c.kind() == kind)
                .findFirst()
                .orElseThrow();
    }
}
