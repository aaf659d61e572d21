package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.resume.domain.PersonalData;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

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
