package io.hrassist.llm;

import java.time.Duration;

/**
 * How to reach the model ({@code openai.*}): any OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, LM
 * Studio). {@code attempts} counts the first call; {@code breakerOpenFor} is how long the circuit stays open after too
 * many failures.
 */
public record LlmSettings(
        String baseUrl, String apiKey, String model, Duration timeout, int attempts, Duration breakerOpenFor) {

    public static final String OPENAI_URL = "https://api.openai.com/v1";

    public LlmSettings {
        if (attempts < 1) {
            throw new IllegalArgumentException("openai.attempts must be at least 1");
        }
    }

    /** A model is configured when an API key or a base URL is given. */
    public boolean configured() {
        return !apiKey.isBlank() || !baseUrl.isBlank();
    }

    String effectiveBaseUrl() {
        return baseUrl.isBlank() ? OPENAI_URL : baseUrl;
    }
}
