package io.hrassist.llm;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The gateway bean of a function, from {@code openai.*} ({@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL},
 * {@code OPENAI_MODEL}, …). Without a key or base URL there is no model ({@link LlmClient#none()}) and the offline
 * engines answer; a key without a base URL stops the start ({@link LlmSettings} are made with the context).
 */
@Factory
class LlmFactory {

    @Singleton
    LlmGateway llmGateway(LlmSettings settings) {
        return new LlmGateway(settings.configured() ? new OpenAiLlmClient(settings) : LlmClient.none());
    }
}
