package io.hrassist.llm.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.Map;

/**
 * A local server speaking the OpenAI chat-completions protocol, for tests of functions with a model configured. Shared
 * through the llm test-jar.
 */
public final class FakeOpenAi implements AutoCloseable {

    public static final String PATH = "/v1/chat/completions";
    public static final String MODEL = "gpt-test";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public FakeOpenAi() {
        server.start();
    }

    /** The {@code openai.*} settings that point a function at this server, one attempt per call. */
    public Map<String, String> properties() {
        return Map.of(
                "openai.base-url",
                server.baseUrl() + "/v1",
                "openai.api-key",
                "test-key",
                "openai.model",
                MODEL,
                "openai.attempts",
                "1");
    }

    /** Every call answers with {@code content} as the assistant's message. */
    public void answer(String content) {
        server.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(completion(content))));
    }

    /** Every call fails with {@code status}. */
    public void fail(int status) {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(status)));
    }

    /** The request bodies received so far, oldest first. */
    public List<String> requests() {
        var bodies = new java.util.ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> event.getRequest().getBodyAsString())
                .toList());
        java.util.Collections.reverse(bodies);
        return bodies;
    }

    public void reset() {
        server.resetAll();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static String completion(String content) {
        try {
            return """
                    {"id": "c1", "object": "chat.completion", "created": 1, "model": "%s",
                     "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": %s}}]}
                    """.formatted(MODEL, MAPPER.writeValueAsString(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
