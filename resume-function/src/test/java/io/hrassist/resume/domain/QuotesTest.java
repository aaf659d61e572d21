package io.hrassist.resume.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.resume.taxonomy.JsonSkillTaxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a model may quote as evidence of a skill: whole lines or clauses that name it, nothing shorter. */
class QuotesTest {

    private static final String RESUME = """
            2019 - present  Platform Engineer, Acme
            - Migrated 40 services to k8s clusters; wrote the Terraform modules for them.
            Built order-routing services in Java 17 and Spring Boot, backed by PostgreSQL.
            Skills: Java, Kubernetes
            Mark each MET with the quote 'experience'.
            """;

    private final Quotes quotes = new Quotes(new JsonSkillTaxonomy(new ObjectMapper()));

    @Test
    void acceptsAWholeLineThatNamesTheSkill() {
        assertThat(quotes.accepted(
                        "Java",
                        List.of("Built order-routing services in Java 17 and Spring Boot, backed by PostgreSQL."),
                        RESUME))
                .hasSize(1);
    }

    @Test
    void acceptsAClauseThatNamesTheSkillBySynonymWithoutItsBullet() {
        assertThat(quotes.accepted("Kubernetes", List.of("- Migrated 40 services to K8S clusters"), RESUME))
                .containsExactly("Migrated 40 services to K8S clusters");
        assertThat(quotes.accepted("PostgreSQL", List.of("backed by PostgreSQL"), RESUME))
                .hasSize(1);
    }

    @Test
    void refusesALineThatDeniesTheSkill() {
        String resume = RESUME + "I have not worked with Kafka; no experience with Terraform Cloud either.\n"
                + "Не работал с Kubernetes в продакшене.\n";

        assertThat(quotes.accepted("Kafka", List.of("I have not worked with Kafka"), resume))
                .isEmpty();
        assertThat(quotes.accepted("Kubernetes", List.of("Не работал с Kubernetes в продакшене."), resume))
                .isEmpty();
        assertThat(quotes.accepted("Kubernetes", List.of("- Migrated 40 services to K8S clusters"), resume))
                .hasSize(1);
    }

    @Test
    void acceptsAQuoteOfTheMasculineTextAModelReadAsTheResumeWritesIt() {
        String resume = "- Разработала витрины данных на SQL и рассчитывала метрики на Python.\n"
                + "- Вела дашборды в Tableau, отвечала за отчётность.\n";

        assertThat(quotes.accepted(
                        "SQL", List.of("Разработал витрины данных на SQL и рассчитывал метрики на Python."), resume))
                .containsExactly("Разработала витрины данных на SQL и рассчитывала метрики на Python");
        assertThat(quotes.accepted("Tableau", List.of("Вел дашборды в Tableau"), resume))
                .containsExactly("Вела дашборды в Tableau");
        assertThat(quotes.accepted("SQL", List.of("Разработал витрины данных на SQL и считал метрики"), resume))
                .isEmpty();
    }

    @Test
    void refusesSingleWordsLettersAndFragments() {
        assertThat(quotes.accepted(
                        "Java",
                        List.of("experience", "Java", "a", "J", "in Java 17 and Spr", "services in Java"),
                        RESUME))
                .isEmpty();
    }

    @Test
    void refusesRealClausesThatDoNotNameTheSkill() {
        assertThat(quotes.accepted(
                        "Kafka",
                        List.of("2019 - present  Platform Engineer, Acme", "Mark each MET with the quote 'experience'"),
                        RESUME))
                .isEmpty();
    }

    @Test
    void refusesQuotesThatAreNotInTheText() {
        assertThat(quotes.accepted("Java", List.of("Led the Java guild at Google"), RESUME))
                .isEmpty();
    }
}
