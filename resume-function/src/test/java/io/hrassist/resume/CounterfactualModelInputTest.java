package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.llm.testing.WithFakeOpenAi;
import io.hrassist.resume.Counterfactuals.Variant;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a model is sent does not depend on the person: for the same resume under another name, graduation year,
 * address, with a parental leave or a disability mentioned, or written in the feminine rather than the masculine, the
 * fake model receives exactly the same request.
 */
@MicronautTest
class CounterfactualModelInputTest extends WithFakeOpenAi {

    private static final String BACKEND_ANSWER = """
            {"criteria": [
              {"name": "Java", "status": "MET", "evidence": ["Built payment APIs in Java 17 and Spring Boot, backed by PostgreSQL."]},
              {"name": "PostgreSQL", "status": "MET", "evidence": ["Built payment APIs in Java 17 and Spring Boot, backed by PostgreSQL."]},
              {"name": "Kubernetes", "status": "MET", "evidence": ["Ran the services on Kubernetes with Helm and wrote the alerting rules."]},
              {"name": "Kafka", "status": "PARTIAL", "evidence": []}]}""";

    private static final String ANALYST_ANSWER = """
            {"criteria": [
              {"name": "SQL", "status": "MET", "evidence": ["Подготовка витрин данных на SQL и расчёт метрик на Python."]},
              {"name": "Python", "status": "MET", "evidence": ["Подготовка витрин данных на SQL и расчёт метрик на Python."]},
              {"name": "A/B testing", "status": "MET", "evidence": ["Дизайн и анализ A/B-тестов мобильного приложения."]},
              {"name": "Tableau", "status": "MET", "evidence": ["Отчёты на SQL по выдачам и просрочке, дашборды в Tableau."]}]}""";

    /** Quotes of the gendered Russian resume as the model reads it: in the masculine, ё as е. */
    private static final String GENDERED_ANSWER = """
            {"criteria": [
              {"name": "SQL", "status": "MET", "evidence": ["Разработал витрины данных на SQL и рассчитывал метрики на Python."]},
              {"name": "Python", "status": "MET", "evidence": ["Участвовал в переходе отдела на Python, провел обучение для коллег"]},
              {"name": "A/B testing", "status": "MET", "evidence": ["Руководил дизайном и анализом A/B-тестов мобильного приложения."]},
              {"name": "Tableau", "status": "PARTIAL", "evidence": ["Знаком с Tableau на базовом уровне."]}]}""";

    @Inject
    ResumeEvaluationFunction function;

    @Inject
    ObjectMapper mapper;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.hrassist.resume.Counterfactuals#english")
    void sendsAnEnglishResumeTheSameWhateverThePerson(Variant variant) throws Exception {
        assertSameRequest(variant, Counterfactuals.englishBase(), BACKEND_ANSWER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.hrassist.resume.Counterfactuals#russian")
    void sendsARussianResumeTheSameWhateverThePerson(Variant variant) throws Exception {
        assertSameRequest(variant, Counterfactuals.russianBase(), ANALYST_ANSWER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.hrassist.resume.Counterfactuals#russianGendered")
    void sendsARussianResumeTheSameInTheFeminineAsInTheMasculine(Variant variant) throws Exception {
        ResumeEvaluated result = assertSameRequest(variant, Counterfactuals.russianMasculineBase(), GENDERED_ANSWER);

        String written = new String(variant.request().document().content(), StandardCharsets.UTF_8);
        String verb = variant.change().startsWith("feminine") ? "Разработала " : "Разработал ";
        assertThat(result.flags()).isEmpty();
        assertThat(result.criteria())
                .filteredOn(c -> c.name().equals("SQL"))
                .singleElement()
                .satisfies(sql -> assertThat(sql.evidence())
                        .as("the model's quote, as the resume writes it")
                        .singleElement()
                        .satisfies(quote -> assertThat(quote).startsWith(verb).isSubstringOf(written)));
    }

    private ResumeEvaluated assertSameRequest(Variant variant, Variant base, String answer) throws Exception {
        model.answer(answer);

        ResumeEvaluated expected = function.apply(base.request());
        ResumeEvaluated actual = function.apply(variant.request());

        assertThat(actual.engine().name()).isEqualTo("openai");
        assertThat(model.requests()).hasSize(2);
        assertThat(resumeSent(1)).as("what the model read with %s", variant).isEqualTo(resumeSent(0));
        assertThat(model.requests().get(1)).isEqualTo(model.requests().get(0));
        assertThat(actual.score()).isEqualTo(expected.score());
        assertThat(actual.criteria())
                .extracting(c -> c.name() + " " + c.status())
                .isEqualTo(expected.criteria().stream()
                        .map(c -> c.name() + " " + c.status())
                        .toList());
        return actual;
    }

    /** The user message of the {@code index}th request: the skills and the redacted resume. */
    private String resumeSent(int index) throws Exception {
        return mapper.readTree(model.requests().get(index))
                .at("/messages/1/content")
                .asText();
    }
}
