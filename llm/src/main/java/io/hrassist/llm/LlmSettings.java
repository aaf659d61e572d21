package io.hrassist.llm;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.annotation.Nullable;
import java.time.Duration;

/**
 * How to reach the model ({@code openai.*}): any OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, LM
 * Studio). {@code attempts} counts the first call; {@code breakerOpenFor} is how long the circuit stays open after too
 * many failures. There is no default endpoint: resume text leaves the cluster only for a base URL someone chose. A
 * {@link Context} bean, so that a key without a base URL stops the start.
 */
@Context
@ConfigurationProperties("openai")
public record LlmSettings(
        @Nullable String baseUrl,
        @Nullable String apiKey,
        @Bindable(defaultValue = "gpt-4o-mini") String model,
        @Bindable(defaultValue = "60s") Duration timeout,
        @Bindable(defaultValue = "3") int attempts,
        @Bindable(defaultValue = "30s") Duration breakerOpenFor) {

    public LlmSettings {
        baseUrl = baseUrl == null ? "" : baseUrl;
        apiKey = apiKey == null ? "" : apiKey;
        if (attempts < 1) {
            throw new IllegalArgumentException("openai.attempts must be at least 1");
        }
        if (!apiKey.isBlank() && baseUrl.isBlank()) {
            throw new IllegalArgumentException("An OpenAI API key is set but no endpoint: set OPENAI_BASE_URL"
                    + " (openai.base-url), e.g. https://api.openai.com/v1 or an in-cluster model server;"
                    + " there is no default, so resume text never leaves the cluster by accident");
        }
    }

    /** A model is configured when an API key or a base URL is given. */
    public boolean configured() {
        return !apiKey.isBlank() || !baseUrl.isBlank();
    }
}
