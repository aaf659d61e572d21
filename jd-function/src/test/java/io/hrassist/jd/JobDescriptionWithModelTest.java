package io.hrassist.jd;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.hrassist.events.EngineInfo;
import io.hrassist.events.EventTypes;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionRequested;
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
class JobDescriptionWithModelTest implements TestPropertyProvider {

    private static final String PATH = "/v1/chat/completions";
    private final WireMockServer model = new WireMockServer(wireMockConfig().dynamicPort());

    @Inject
    JobDescriptionFunction function;

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
    void usesTheModelsProseButOnlyTheBriefsRequirementsAndRecordsModelAndPrompt() throws Exception {
        String draft = """
                {"summary": "You will shape the routing platform that moves parcels across Europe.",
                 "responsibilities": ["Design routing services.", "Run them in production.", "Review code with the team."],
                 "growth": "You will grow into owning the platform's architecture."}""";
        model.stubFor(post(PATH).willReturn(json(completion(draft))));

        JobDescriptionGenerated result = function.apply(request());

        assertThat(result.engine()).isEqualTo(new EngineInfo("openai", "gpt-test", "job-description.v1", false));
        assertThat(result.markdown())
                .contains("You will shape the routing platform")
                .contains("- Design routing services.")
                .contains("Hands-on experience with Kubernetes");
        model.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("Senior Backend Engineer")));
    }

    @Test
    void fallsBackToTheKnowledgeBaseAndSaysSo() throws Exception {
        model.stubFor(post(PATH).willReturn(aResponse().withStatus(500)));

        JobDescriptionGenerated result = function.apply(request());

        assertThat(result.engine()).isEqualTo(new EngineInfo("offline", "gpt-test", "job-description.v1", true));
        assertThat(result.sections())
                .anyMatch(s -> s.id().equals("responsibilities") && !s.items().isEmpty());
    }

    private JobDescriptionRequested request() throws Exception {
        return mapper.readValue(Fixtures.data(EventTypes.JOB_DESCRIPTION_REQUESTED), JobDescriptionRequested.class);
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
