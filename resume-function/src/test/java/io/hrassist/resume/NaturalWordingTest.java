package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.resume.taxonomy.JsonSkillTaxonomy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resume lines name skills the way people write them: synonyms, abbreviations, the tools that imply a skill, the other
 * language — and a word can mean something else (Java the island), which the taxonomy's sense cues tell apart.
 */
class NaturalWordingTest {

    private static final JsonSkillTaxonomy TAXONOMY = new JsonSkillTaxonomy(new ObjectMapper());

    @ParameterizedTest(name = "{0} in: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Basic Life Support|Current CPR/AED certification (American Red Cross).",
                "BLS|Current CPR/AED certification (American Red Cross).",
                "Electronic health records|Charted assessments and MAR in EpicCare for a 32-bed unit.",
                "EHR|Documented care plans in Epic and Cerner during float shifts.",
                "Python|Built churn features with pandas and trained models in XGBoost.",
                "Machine Learning|Trained gradient-boosted price models with scikit-learn and XGBoost.",
                "Machine Learning|ML engineer: shipped ranking models to production.",
                "PostgreSQL|Moved the ledger from MySQL to Postgres/BigQuery for analytics.",
                "SQL|Moved the ledger from MySQL to Postgres/BigQuery for analytics.",
                "RESTful|Designed REST APIs for the partner portal.",
                "REST API|Designed RESTful services for the partner portal.",
                "Kubernetes (K8s)|Ran 40 services on K8s clusters with Helm.",
                "Kubernetes (K8s)|Перенёс сервисы в кубернетес и настроил автоскейлинг.",
                "JavaScript|Front end in JS/TS with React and Vite.",
                "TypeScript|Front end in JS/TS with React and Vite.",
                "РСБУ|Prepared statutory accounts under RAS and reconciled them to IFRS.",
                "Russian Accounting Standards|Составляла отчётность по РСБУ для трёх юрлиц.",
                "1С:Бухгалтерия|Вела учёт в 1С:БП 3.0: реализация, поступления, закрытие месяца.",
                "1C Accounting|Вела учёт в 1С:Бухгалтерии 8.3 с 2019 года.",
                "НДС|Prepared quarterly VAT returns and reconciled input VAT.",
                "VAT|Готовила декларации по НДС и книги покупок и продаж.",
                "Kubernetes|Развернул сервисы в кубернетесе для банка.",
                "Critical care|Staff nurse in a 20-bed MICU since 2020.",
                "Mechanical ventilation|Managed vents and sedation for intubated patients.",
                "Cold Calling|80 dials a day to plant managers across Ohio.",
                "CRM Systems|Logged every call and opportunity in SFDC.",
                "Приёмка товара|Прием ТМЦ по накладным, работа с ТСД.",
                "Инвентаризация|Ежемесячные инвент. на складе 6000 м².",
                "Подготовка к ОГЭ и ЕГЭ|Готовлю выпускников к ЕГЭ по профильной математике.",
                "Преподавание математики|Преподаю алгебру и геометрию в 7–9 классах.",
                "Педагогическое образование|КФУ, пед. образование (математика), 2017",
                "Классное руководство|кл. рук. 7 «Б», родительские собрания",
                "Java|Backend developer: Java 17 services on Spring Boot.",
                "Go|Wrote backend services in Go with gRPC."
            })
    void findsTheSkillInTheWordsPeopleUse(String skill, String line) {
        assertThat(TAXONOMY.mentions(skill, line)).as(skill).isPositive();
    }

    @ParameterizedTest(name = "{0} not in: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Java|Travelled across Java and Bali for three months before this job.",
                "Java|Spent a gap year backpacking on Java, Sumatra and Borneo.",
                "Go|Ready to go the extra mile for our customers.",
                "Go|Happy to go on business trips across the Midwest.",
                "EHR|Led an epic migration of the warehouse to a new site.",
                "JavaScript|Wrote Java services on Spring Boot.",
                "Инвентаризация|Управление запасами и закупками для сети магазинов.",
                "НДС|Начисляю зарплату и сдаю отчётность по НДФЛ."
            })
    void doesNotMistakeOtherWordsOrSensesForTheSkill(String skill, String line) {
        assertThat(TAXONOMY.mentions(skill, line)).as(skill).isZero();
    }
}
