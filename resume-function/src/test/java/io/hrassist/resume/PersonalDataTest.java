package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.resume.domain.PersonalData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    /** One row of {@code redaction/corpus.tsv}. */
    record Row(String text, List<String> gone, List<String> kept) {
        static Row parse(String line) {
            String[] columns = line.split("\t", -1);
            return new Row(columns[0], items(columns[1]), items(columns[2]));
        }

        private static List<String> items(String column) {
            return Arrays.stream(column.split(";")).filter(s -> !s.isBlank()).toList();
        }
    }

    @Test
    void redactsTheCorpusLineByLine() throws IOException {
        List<Row> rows = corpus();
        String redacted = PersonalData.redact(
                String.join("\n", rows.stream().map(Row::text).toList()));
        String[] lines = redacted.split("\n", -1);

        assertThat(lines).hasSameSizeAs(rows);
        var softly = new SoftAssertions();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            for (String gone : row.gone()) {
                softly.assertThat(lines[i].toLowerCase()).as(row.text()).doesNotContain(gone.toLowerCase());
            }
            for (String kept : row.kept()) {
                softly.assertThat(lines[i]).as(row.text()).contains(kept);
            }
        }
        softly.assertAll();
    }

    private static List<Row> corpus() throws IOException {
        try (InputStream in = PersonalDataTest.class.getResourceAsStream("/redaction/corpus.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(Row::parse)
                    .toList();
        }
    }

    @Test
    void removesPersonalDataButKeepsTheWork() {
        String redacted = PersonalData.redact("""
                Anna Maria Petrova
                anna.petrova@example.com | +49 170 123 45 67 | linkedin.com/in/anna-petrova
                Date of birth: 12.03.1990, female, married
                Address: Hauptstrasse 5, Berlin
                2019 - present  Backend Engineer: Java 17 services on PostgreSQL and Kubernetes.
                """);

        assertThat(redacted)
                .doesNotContain(
                        "Anna", "Petrova", "anna.petrova@", "170 123", "1990", "female", "married", "Hauptstrasse")
                .contains("[NAME]", "[EMAIL]", "[PHONE]", "[DATE OF BIRTH]", "[ADDRESS]")
                .contains("2019 - present  Backend Engineer: Java 17 services on PostgreSQL and Kubernetes.");
    }

    @Test
    void keepsAJobTitleOnTheFirstLineAndWhereverItRecurs() {
        String redacted = PersonalData.redact("""
                Senior Backend Engineer
                2019 - present  Backend Engineer, Northwind Logistics
                """);

        assertThat(redacted).isEqualTo("""
                Senior Backend Engineer
                2019 - present  Backend Engineer, Northwind Logistics
                """);
        assertThat(PersonalData.redact("Ведущий Java-разработчик\nРазработчик Java в Сбербанке"))
                .startsWith("Ведущий Java-разработчик");
    }

    @Test
    void removesRussianPersonalData() {
        String redacted = PersonalData.redact("""
                Иван Сидоров
                Телефон: 8 (916) 123-45-67, ivan@example.ru
                Дата рождения: 01.02.1991, пол: мужской, женат
                Гражданство: РФ
                2018 — по настоящее время  Аналитик данных: SQL, Python.
                """);

        assertThat(redacted)
                .doesNotContain("Иван", "916", "ivan@", "1991", "мужской", "женат", "РФ")
                .contains("Аналитик данных: SQL, Python.");
    }
}
