package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.EngineInfo;
import io.hrassist.events.EventTypes;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.Status;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.events.fixtures.Fixtures;
import io.hrassist.llm.testing.FakeOpenAi;
import io.hrassist.llm.testing.WithFakeOpenAi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The function with a model configured: a local server speaks the OpenAI chat-completions protocol. */
@MicronautTest
class ResumeWithModelTest extends WithFakeOpenAi {

    @Inject
    ResumeEvaluationFunction function;

    @Inject
    ObjectMapper mapper;

    @Test
    void keepsOnlyClaimsBackedByRealQuotesAndSendsNoPersonalData() throws Exception {
        model.answer("""
                {"criteria": [
                  {"name": "Java", "status": "MET", "evidence": ["Built order-routing services in Java 17"]},
                  {"name": "PostgreSQL", "status": "MET", "evidence": ["Ran the billing database on PostgreSQL 16"]},
                  {"name": "Kubernetes", "status": "PARTIAL", "evidence": ["Ran the services on Kubernetes with Helm"]},
                  {"name": "Kafka", "status": "MISSING", "evidence": []},
                  {"name": "Micronaut", "status": "MET", "evidence": ["Developed payment APIs in Java and Micronaut"]}]}""");

        ResumeEvaluated result = function.apply(request());

        assertThat(result.engine())
                .isEqualTo(new EngineInfo("openai", FakeOpenAi.MODEL, "resume-evaluation.v1", false));
        assertThat(criterion(result, "Java").status()).isEqualTo(Status.MET);
        assertThat(criterion(result, "PostgreSQL").status())
                .as("the quote is invented")
                .isEqualTo(Status.MISSING);
        assertThat(criterion(result, "PostgreSQL").evidence()).isEmpty();
        assertThat(criterion(result, "Kubernetes").status()).isEqualTo(Status.PARTIAL);
        assertThat(model.requests())
                .singleElement()
                .asString()
                .contains("<<<RESUME")
                .contains("Java 17")
                .doesNotContain("Petrova")
                .doesNotContain("anna@");
    }

    @Test
    void fallsBackToTheOfflineEvaluationAndSaysSo() throws Exception {
        model.fail(503);

        ResumeEvaluated result = function.apply(request());

        assertThat(result.engine())
                .isEqualTo(new EngineInfo("offline", FakeOpenAi.MODEL, "resume-evaluation.v1", true));
        assertThat(criterion(result, "Java").status()).isEqualTo(Status.MET);
    }

    private static Criterion criterion(ResumeEvaluated result, String name) {
        return result.criteria().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private ResumeEvaluationRequested request() throws Exception {
        var fixture = mapper.readValue(
                Fixtures.data(EventTypes.RESUME_EVALUATION_REQUESTED), ResumeEvaluationRequested.class);
        String text = new String(fixture.document().content(), StandardCharsets.UTF_8)
                .replace("Senior Backend Engineer\n", "Senior Backend Engineer\nanna@example.com, +49 170 1234567\n");
        return new ResumeEvaluationRequested(
                null, null, fixture.vacancy(), new Document("cv.txt", null, text.getBytes(StandardCharsets.UTF_8)));
    }
}
