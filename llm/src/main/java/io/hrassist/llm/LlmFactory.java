package io.hrassist.llm;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The gateway bean of a function, from {@code openai.*} ({@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL},
 * {@code OPENAI_MODEL}, …). Without a key or base URL there is no model and the offline engines answer; a key without
 * a base URL stops the start (the settings are a {@link Context} bean).
 */
@Factory
class LlmFactory {

    @Context
    LlmSettings llmSettings(
            @Value("${openai.base-url:}") String baseUrl,
            @Value("${openai.api-key:}") String apiKey,
            @Value("${openai.model:gpt-4o-mini}") String model,
            @Value("${openai.timeout:60s}") Duration timeout,
            @Value("${openai.attempts:3}") int attempts,
            @Value("${openai.breaker-open-for:30s}") Duration breakerOpenFor) {
        return new LlmSettings(baseUrl, apiKey, model, timeout, attempts, breakerOpenFor);
    }

    @Singleton
    LlmGateway llmGateway(LlmSettings settings) {
        return new LlmGateway(settings.configured() ? new OpenAiLlmClient(settings) : null);
    }
}
