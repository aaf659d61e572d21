package io.hrassist.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resume text must never leave the cluster because a base URL was forgotten: there is no default endpoint. */
class LlmSettingsTest {

    @Test
    void refusesToStartWithAKeyButNoBaseUrl() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("openai.api-key", "sk-test"))
                        .close())
                .rootCause()
                .hasMessageContaining("OPENAI_BASE_URL")
                .hasMessageContaining("openai.base-url");
    }

    @Test
    void startsWithoutAModelWhenNothingIsSet() {
        try (var context = ApplicationContext.run(Map.of())) {
            assertThat(context.getBean(LlmGateway.class).enabled()).isFalse();
        }
    }

    @Test
    void usesTheGivenBaseUrlOnly() {
        try (var context = ApplicationContext.run(
                Map.of("openai.api-key", "sk-test", "openai.base-url", "http://llm.models.svc:8000/v1"))) {
            assertThat(context.getBean(LlmGateway.class).enabled()).isTrue();
        }
    }
}
