package io.hrassist.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.hrassist.events.EngineInfo;
import io.hrassist.events.fixtures.LogCapture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway against a local server speaking the OpenAI chat-completions protocol. */
class LlmGatewayTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PATH = "/v1/chat/completions";
    private static final Prompt PROMPT = Prompt.load("greeting", 2);
    private static final Map<String, Object> VARIABLES = Map.of("name", "Anna");

    /** The answer shape this test asks for; its constructor is the check. */
    record Greeting(String text) {
        Greeting {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("text must not be blank");
            }
        }
    }

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void answersWithCheckedJsonAndRecordsModelAndPromptVersion() {
        reply(200, completion("{\"text\": \"Hello, Anna!\"}"));

        Answer<Greeting> answer = gateway(3, Duration.ofSeconds(5)).ask(PROMPT, VARIABLES, reader());

        assertThat(answer).isInstanceOf(Answer.Answered.class);
        assertThat(((Answer.Answered<Greeting>) answer).value().text()).isEqualTo("Hello, Anna!");
        assertThat(answer.engine()).isEqualTo(new EngineInfo("openai", "test-model", "greeting.v2", false));
        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(containing("Greet Anna."))
                .withRequestBody(containing("json_object")));
    }

    @Test
    void waitsAsLongAsRetryAfterAsksOnRateLimit() {
        server.stubFor(post(PATH)
                .inScenario("rate")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withBody("{\"error\":{}}"))
                .willSetStateTo("ok"));
        server.stubFor(post(PATH)
                .inScenario("rate")
                .whenScenarioStateIs("ok")
                .willReturn(json(200, completion("{\"text\": \"Hi\"}"))));
        Instant start = Instant.now();

        Answer<Greeting> answer = gateway(3, Duration.ofSeconds(5)).ask(PROMPT, VARIABLES, reader());

        assertThat(answer).isInstanceOf(Answer.Answered.class);
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void retriesServerErrorsThenFallsBackRecordingIt() {
        reply(500, "{\"error\": {\"message\": \"overloaded\"}}");

        Answer<Greeting> answer = gateway(3, Duration.ofSeconds(5)).ask(PROMPT, VARIABLES, reader());

        assertThat(answer).isInstanceOf(Answer.Unavailable.class);
        assertThat(((Answer.Unavailable<Greeting>) answer).reason()).contains("HTTP 500");
        assertThat(answer.engine()).isEqualTo(new EngineInfo("offline", "test-model", "greeting.v2", true));
        server.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void doesNotRetryRequestsTheEndpointRejects() {
        reply(401, "{\"error\": {\"message\": \"bad key\"}}");

        Answer<Greeting> answer = gateway(3, Duration.ofSeconds(5)).ask(PROMPT, VARIABLES, reader());

        assertThat(answer).isInstanceOf(Answer.Unavailable.class);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void fallsBackWhenTheModelTimesOut() {
        server.stubFor(post(PATH)
                .willReturn(json(200, completion("{\"text\": \"late\"}")).withFixedDelay(3000)));

        Answer<Greeting> answer = gateway(1, Duration.ofMillis(500)).ask(PROMPT, VARIABLES, reader());

        assertThat(answer).isInstanceOf(Answer.Unavailable.class);
        assertThat(answer.engine().fallback()).isTrue();
    }

    @Test
    void asksOnceMoreWithTheProblemAfterAnInvalidAnswer() {
        server.stubFor(post(PATH)
                .inScenario("fix")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, completion("{\"text\": \"\"}")))
                .willSetStateTo("fixed"));
        server.stubFor(post(PATH)
                .inScenario("fix")
                .whenScenarioStateIs("fixed")
                .willReturn(json(200, completion("{\"text\": \"Hello again\"}"))));

        Answer<Greeting> answer = gateway(3, Duration.ofSeconds(5)).ask(PROMPT, VARIABLES, reader());

        assertThat(answer).isInstanceOf(Answer.Answered.class);
        server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("text must not be blank")));
    }

    @Test
    void fallsBackAfterMalformedJsonTwice() {
        reply(200, completion("Sure! Here is your greeting: Hello"));

        Answer<Greeting> answer = gateway(3, Duration.ofSeconds(5)).ask(PROMPT, VARIABLES, reader());

        assertThat(answer).isInstanceOf(Answer.Unavailable.class);
        assertThat(((Answer.Unavailable<Greeting>) answer).reason()).startsWith("invalid answer twice");
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    /** An answer of this shape: an enum, whose mismatch Jackson reports with the value the answer gave. */
    record Mood(Feeling feeling) {
        enum Feeling {
            HAPPY
        }
    }

    @Test
    void neverLogsOrKeepsWhatAWrongAnswerSaidButTellsTheModel() {
        // A resume's words, echoed by a model where a value was asked for (a prompt injection's favourite).
        String echoed = "Resume-of-Jane-Doe-" + UUID.randomUUID();
        reply(200, completion("{\"feeling\": \"" + echoed + "\"}"));
        Answer<?>[] answer = new Answer<?>[1];

        List<String> logged = LogCapture.during(
                List.of("io.hrassist"),
                () -> answer[0] = gateway(3, Duration.ofSeconds(5))
                        .ask(PROMPT, VARIABLES, JsonAnswers.reader(MAPPER, Mood.class)));

        assertThat(answer[0]).isInstanceOf(Answer.Unavailable.class);
        assertThat(((Answer.Unavailable<?>) answer[0]).reason())
                .isEqualTo("invalid answer twice: JSON of another shape than asked for");
        assertThat(logged).hasSizeGreaterThan(2).noneMatch(line -> line.contains(echoed));
        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(containing("not one of the values accepted"))
                .withRequestBody(containing("previous answer was not valid")));
    }

    @Test
    void treatsARefusalAsNoAnswer() {
        reply(200, """
                {"id": "c1", "object": "chat.completion", "created": 1, "model": "test-model",
                 "choices": [{"index": 0, "finish_reason": "stop",
                   "message": {"role": "assistant", "content": null, "refusal": "I can't help with that."}}]}
                """);

        Answer<Greeting> answer = gateway(3, Duration.ofSeconds(5)).ask(PROMPT, VARIABLES, reader());

        assertThat(answer).isInstanceOf(Answer.Unavailable.class);
        assertThat(((Answer.Unavailable<Greeting>) answer).reason()).contains("refused");
    }

    @Test
    void stopsCallingAFailingEndpointForAWhile() {
        reply(503, "{}");
        LlmGateway gateway = gateway(1, Duration.ofSeconds(5));
        for (int i = 0; i < 4; i++) {
            gateway.ask(PROMPT, VARIABLES, reader());
        }
        int calls = server.getAllServeEvents().size();

        Answer<Greeting> answer = gateway.ask(PROMPT, VARIABLES, reader());

        assertThat(((Answer.Unavailable<Greeting>) answer).reason()).contains("circuit open");
        assertThat(server.getAllServeEvents()).hasSize(calls);
    }

    @Test
    void withoutConfigurationThereIsNoModel() {
        var settings = new LlmSettings("", "", "gpt-4o-mini", Duration.ofSeconds(1), 1, Duration.ofSeconds(1));

        assertThat(settings.configured()).isFalse();
        assertThat(new LlmGateway(LlmClient.none())
                        .ask(PROMPT, VARIABLES, reader())
                        .engine())
                .isEqualTo(EngineInfo.offline("greeting.v2"));
    }

    private LlmGateway gateway(int attempts, Duration timeout) {
        var settings = new LlmSettings(
                server.baseUrl() + "/v1", "test-key", "test-model", timeout, attempts, Duration.ofSeconds(30));
        return new LlmGateway(new OpenAiLlmClient(settings));
    }

    private static java.util.function.Function<String, Greeting> reader() {
        return JsonAnswers.reader(MAPPER, Greeting.class);
    }

    private void reply(int status, String body) {
        server.stubFor(post(PATH).willReturn(json(status, body)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static String completion(String content) {
        try {
            return """
                    {"id": "c1", "object": "chat.completion", "created": 1, "model": "test-model",
                     "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": %s}}],
                     "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}
                    """.formatted(MAPPER.writeValueAsString(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
