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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The experience criterion: years from the date ranges, read as a recruiter would, "now" fixed by the clock. */
class ExperienceTest {

    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
    private static final JsonSkillTaxonomy TAXONOMY = new JsonSkillTaxonomy(new ObjectMapper());

    private static final VacancyBrief BACKEND = new VacancyBrief(
            "Senior Backend Engineer",
            Language.EN,
            Seniority.SENIOR,
            null,
            null,
            null,
            List.of("Java", "PostgreSQL"),
            List.of("Kafka"),
            null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Jan 2015 – Dec 2020|6",
                "January 2015 - December 2020|6",
                "01/2015 – 12/2020|6",
                "2015-01 – 2020-12|6",
                "01.2015 — 12.2020|6",
                "янв. 2015 – дек. 2020|6",
                "январь 2015 — декабрь 2020|6",
                "с 2015 г. по 2020 г.|6",
                "2015 – 2020|6",
                "январь 2015 — по настоящее время|11.9",
                "03.2019 – по н.в.|7.8",
                "2019 — н.в.|7.9",
                "March 2019 – present|7.8",
                "Sept 2020 - now|6.3",
                "04/2021 – heute|5.7",
                "seit 2019|7.9",
                "Since May 2024|2.6"
            })
    void readsMonthsAndOpenEndsInEnglishRussianAndGerman(String dates, String years) {
        Criterion experience = experience(dates + "   Backend Engineer, Acme: Java services on PostgreSQL.\n");

        assertThat(experience.reason()).startsWith("About " + years + " years of work from the dates");
        assertThat(experience.evidence())
                .containsExactly(dates + "   Backend Engineer, Acme: Java services on PostgreSQL.");
    }

    @Test
    void readsARangeAPdfWrappedOverTwoLines() throws Exception {
        byte[] pdf = pdf(
                "Backend Engineer, Acme, Berlin, Jan 2015 –",
                "Dec 2020 (six years)",
                "Built order services in Java on PostgreSQL.");

        Criterion experience = experience(new Document("cv.pdf", null, pdf));

        assertThat(experience.reason()).startsWith("About 6 years of work");
        assertThat(experience.evidence())
                .singleElement()
                .asString()
                .contains("Jan 2015 –")
                .contains("Dec 2020");
        assertThat(experience.status()).isEqualTo(Status.MET);
    }

    @Test
    void countsOverlappingJobsOnce() {
        Criterion experience = experience("""
                2015 – 2020  Backend Engineer, Acme: Java services on PostgreSQL.
                2018 – 2022  Freelance backend developer: Java and Kafka for small shops.
                """);

        assertThat(experience.reason()).startsWith("About 8 years of work");
    }

    @Test
    void leavesParentalLeaveSabbaticalsAndCareerBreaksOut() {
        Criterion experience = experience("""
                2014 – 2022  Backend Engineer, Acme: Java services on PostgreSQL.
                - Parental leave 01/2018 – 12/2018.
                2023 – 2023  Sabbatical: travelled through South America.
                2024 – present  Backend Engineer, Beta: Java and Kafka.
                """);

        assertThat(experience.reason())
                .startsWith("About 10.9 years of work from the dates")
                .contains("leave and career breaks not counted (about 2 years)");
    }

    @Test
    void leavesRussianLeaveOut() {
        Criterion experience = experience("""
                2014 – 2022  Backend-разработчик, ООО «Альфа»: сервисы на Java и PostgreSQL.
                03.2017 – 02.2018  Декретный отпуск
                03.2018 – 02.2020  Отпуск по уходу за ребёнком
                """);

        assertThat(experience.reason()).startsWith("About 6 years of work");
    }

    @Test
    void countsACoverForSomeoneOnLeaveAsWork() {
        Criterion experience = experience("""
                2019 – 2020  Backend Engineer (maternity leave cover), Acme: Java services on PostgreSQL.
                """);

        assertThat(experience.reason()).startsWith("About 2 years of work");
    }

    @Test
    void studiesAreNotWork() {
        Criterion experience = experience("""
                Experience
                2019 – 2022  Backend Engineer, Acme: Java services on PostgreSQL.

                Education
                2014 – 2018  Technical University of Munich
                2012 – 2014  BSc Computer Science, University of Leeds
                """);

        assertThat(experience.reason()).startsWith("About 4 years of work");
        assertThat(experience.evidence())
                .containsExactly("2019 – 2022  Backend Engineer, Acme: Java services on PostgreSQL.");
    }

    @Test
    void onlyJobsThatConcernTheVacancyMeetIt() {
        Criterion experience = experience("""
                Experience
                2010 – 2020  Head Chef, Trattoria Roma
                - Ran the kitchen of a 60-seat restaurant and trained six cooks.
                2023 – present  Junior Backend Developer, Acme
                - Java services on PostgreSQL.
                """);

        assertThat(experience.status()).isEqualTo(Status.PARTIAL);
        assertThat(experience.reason())
                .isEqualTo(
                        "About 14.9 years of work from the dates, about 3.9 years of them in jobs that name this vacancy's title or"
                                + " skills; 5 wanted.");
        assertThat(experience.evidence()).containsExactly("2023 – present  Junior Backend Developer, Acme");
    }

    @Test
    void findsTheJobTitleAboveBareDates() {
        Criterion experience = experience("""
                Experience
                Backend Engineer, Acme
                Jan 2016 – Dec 2022
                - Order services and their data model.
                Head Chef, Trattoria Roma
                Jan 2008 – Dec 2015
                - Ran the kitchen of a 60-seat restaurant.
                """);

        assertThat(experience.status()).isEqualTo(Status.MET);
        assertThat(experience.evidence()).containsExactly("Backend Engineer, Acme Jan 2016 – Dec 2022");
    }

    @Test
    void saysSoInRussianForARussianVacancy() {
        var vacancy = new VacancyBrief(
                "Аналитик данных", Language.RU, Seniority.MIDDLE, null, null, null, List.of("SQL"), List.of(), null);

        Criterion experience = experience(vacancy, text("""
                        2016 – 2018  Продавец-консультант, «Эльдорадо»
                        - Консультировал покупателей бытовой техники.
                        2021 – н.в.  Аналитиком данных в банке: SQL-витрины и отчёты.
                        """));

        assertThat(experience.name()).isEqualTo("Опыт работы");
        assertThat(experience.status()).isEqualTo(Status.MET);
        assertThat(experience.reason())
                .isEqualTo(
                        "По датам в резюме около 8,9 лет работы, из них около 5,9 лет — на работах, где названы должность или"
                                + " навыки вакансии; нужно от 2 лет.");
    }

    @Test
    void nowIsTheClocks() {
        var december2030 = new EvaluateResume(
                new FileDocumentReader(), TAXONOMY, Clock.fixed(Instant.parse("2030-12-15T00:00:00Z"), ZoneOffset.UTC));
        Document resume = text("2020 – present  Backend Engineer, Acme: Java services on PostgreSQL.\n");

        assertThat(experience(resume).reason()).startsWith("About 6.9 years");
        assertThat(criterion(december2030.apply(request(BACKEND, resume))).reason())
                .startsWith("About 11 years");
    }

    private static Criterion experience(String text) {
        return experience(text(text));
    }

    private static Criterion experience(Document document) {
        return experience(BACKEND, document);
    }

    private static Criterion experience(VacancyBrief vacancy, Document document) {
        var evaluate = new EvaluateResume(new FileDocumentReader(), TAXONOMY, NOVEMBER_2026);
        return criterion(evaluate.apply(request(vacancy, document)));
    }

    private static Criterion criterion(ResumeEvaluated result) {
        return result.criteria().stream()
                .filter(c -> c.kind() == CriterionKind.EXPERIENCE)
                .findFirst()
                .orElseThrow();
    }

    private static ResumeEvaluationRequested request(VacancyBrief vacancy, Document document) {
        return new ResumeEvaluationRequested(null, null, vacancy, document);
    }

    private static Document text(String content) {
        return new Document("cv.txt", "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] pdf(String... lines) throws Exception {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(14);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
