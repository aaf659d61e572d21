package io.hrassist.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.Language;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one path of every function: the model first when there is one, else the offline engine as the engine. */
class ModelFirstTest {

    @Test
    void withoutAModelTheOfflineEngineAnswersAndTheModelPathIsNeverTaken() {
        var engine = ModelFirst.<String, String>of(
                new LlmGateway(LlmClient.none()), request -> "offline " + request, request -> "model " + request);

        assertThat(engine.apply("a")).isEqualTo("offline a");
        assertThat(engine.offline("a")).isEqualTo("offline a");
    }

    @Test
    void withAModelTheModelPathAnswersButTheWarmUpStaysOffline() {
        var settings =
                new LlmSettings("http://127.0.0.1:9/v1", "", "m", Duration.ofSeconds(1), 1, Duration.ofSeconds(1));
        var engine = ModelFirst.<String, String>of(
                new LlmGateway(new OpenAiLlmClient(settings)),
                request -> "offline " + request,
                request -> "model " + request);

        assertThat(engine.apply("a")).isEqualTo("model a");
        assertThat(engine.offline("a")).isEqualTo("offline a");
    }

    @Test
    void theNoModelClientSendsNothingAndSaysSo() {
        assertThat(LlmClient.none().configured()).isFalse();
        assertThat(new LlmGateway(LlmClient.none()).enabled()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> LlmClient.none().chat("s", "u"))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessage("no model configured");
    }

    @Test
    void namesThePromptLanguageInEnglish() {
        assertThat(Prompt.languageName(Language.EN)).isEqualTo("English");
        assertThat(Prompt.languageName(Language.RU)).isEqualTo("Russian");
    }
}
