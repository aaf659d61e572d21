package io.hrassist.resume;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.hrassist.events.EngineInfo;
import io.hrassist.events.EventTypes;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.Status;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The function with a model configured: a local server speaks the OpenAI chat-completions protocol. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResumeWithModelTest implements TestPropertyProvider {

    private static final String PATH = "/v1/chat/completions";
    private final WireMockServer model = new WireMockServer(wireMockConfig().dynamicPort());

    @Inject
    ResumeEvaluationFunction function;

    @Inject
    ObjectMapper mapper;

    @Override
    public Map<String, String> getProperties() {
        model.start();
        return Map.of(
                "openai.base-url", model.baseUrl() + "/v1",
                "openai.api-key", "test-key",
                "openai.model", "gpt-test",
                "openai.attempts", "1");
    }

    @BeforeEach
    void reset() {
        model.resetAll();
    }

    @AfterAll
    void stop() {
        model.stop();
    }

    @Test
    void keepsOnlyClaimsBackedByRealQuotesAndSendsNoPersonalData() throws Exception {
        String judged = """
                {"criteria": [
                  {"name": "Java", "status": "MET", "evidence": ["Built order-routing services in Java 17"]},
                  {"name": "PostgreSQL", "status": "MET", "evidence": ["Ran the billing database on PostgreSQL 16"]},
                  {"name": "Kubernetes", "status": "PARTIAL", "evidence": ["Ran the services on Kubernetes with Helm"]},
                  {"name": "Kafka", "status": "MISSING", "evidence": []},
                  {"name": "Micronaut", "status": "MET", "evidence": ["Developed payment APIs in Java and Micronaut"]}]}""";
        model.stubFor(post(PATH).willReturn(json(completion(judged))));

        ResumeEvaluated result = function.apply(request());

        assertThat(result.engine()).isEqualTo(new EngineInfo("openai", "gpt-test", "resume-evaluation.v1", false));
        assertThat(criterion(result, "Java").status()).isEqualTo(Status.MET);
        assertThat(criterion(result, "PostgreSQL").status())
                .as("the quote is invented")
                .isEqualTo(Status.MISSING);
        assertThat(criterion(result, "PostgreSQL").evidence()).isEmpty();
        assertThat(criterion(result, "Kubernetes").status()).isEqualTo(Status.PARTIAL);
        String sent = model.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(sent)
                .contains("<<<RESUME")
                .contains("Java 17")
                .doesNotContain("Petrova")
                .doesNotContain("anna@");
    }

    @Test
    void fallsBackToTheOfflineEvaluationAndSaysSo() throws Exception {
        model.stubFor(post(PATH).willReturn(aResponse().withStatus(503)));

        ResumeEvaluated result = function.apply(request());

        assertThat(result.engine()).isEqualTo(new EngineInfo("offline", "gpt-test", "resume-evaluation.v1", true));
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
        String text = new String(fixture.document().content(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Senior Backend Engineer\n", "Senior Backend Engineer\nanna@example.com, +49 170 1234567\n");
        return new ResumeEvaluationRequested(
                null,
                null,
                fixture.vacancy(),
                new Document("cv.txt", null, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private String completion(String content) throws Exception {
        return """
                {"id": "c1", "object": "chat.completion", "created": 1, "model": "gpt-test",
                 "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": %s}}]}
                """.formatted(mapper.writeValueAsString(content));
    }
}
