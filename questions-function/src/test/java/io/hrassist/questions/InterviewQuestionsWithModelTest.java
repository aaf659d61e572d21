package io.hrassist.questions;

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
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsRequested;
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
class InterviewQuestionsWithModelTest implements TestPropertyProvider {

    private static final String PATH = "/v1/chat/completions";
    private final WireMockServer model = new WireMockServer(wireMockConfig().dynamicPort());

    @Inject
    InterviewQuestionsFunction function;

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
    void usesTheModelsKitWhenItHonoursTheRequest() throws Exception {
        model.stubFor(post(PATH).willReturn(json(completion(kit(8, "BEHAVIORAL")))));

        InterviewQuestionsGenerated result = function.apply(request());

        assertThat(result.engine()).isEqualTo(new EngineInfo("openai", "gpt-test", "interview-questions.v1", false));
        assertThat(result.questions()).hasSize(8);
        model.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("Exactly 8 questions")));
    }

    @Test
    void asksAgainWhenTheKitBreaksTheRequestThenFallsBackToTheBank() throws Exception {
        model.stubFor(post(PATH).willReturn(json(completion(kit(3, "BEHAVIORAL")))));

        InterviewQuestionsGenerated result = function.apply(request());

        assertThat(result.engine()).isEqualTo(new EngineInfo("offline", "gpt-test", "interview-questions.v1", true));
        assertThat(result.questions()).hasSize(8);
        model.verify(2, postRequestedFor(urlEqualTo(PATH)));
        model.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("give exactly 8 questions, not 3")));
    }

    private String kit(int count, String type) {
        var questions = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            questions.append(i > 1 ? "," : "").append("""
                    {"text": "Question %d?", "type": "%s", "competency": "Teamwork", "goodAnswer": ["a point"],
                     "rubric": [{"score": 1, "description": "d1"}, {"score": 2, "description": "d2"},
                                {"score": 3, "description": "d3"}, {"score": 4, "description": "d4"},
                                {"score": 5, "description": "d5"}]}""".formatted(i, type));
        }
        return "{\"questions\": [" + questions + "]}";
    }

    private InterviewQuestionsRequested request() throws Exception {
        return mapper.readValue(
                Fixtures.data(EventTypes.INTERVIEW_QUESTIONS_REQUESTED), InterviewQuestionsRequested.class);
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
