package io.hrassist.llm;

/** A chat model that answers with a JSON object. */
public interface LlmClient {

    /** The client of a function without a model: {@link #configured()} is false and every chat is unavailable. */
    static LlmClient none() {
        return OfflineLlmClient.INSTANCE;
    }

    /** The model name recorded in results. */
    String model();

    /**
     * The model's answer text.
     *
     * @throws LlmUnavailableException when no answer can be had now (after retries, or while the circuit is open)
     */
    String chat(String system, String user);

    /** Whether this is a model at all; without one the offline engine is the engine, not a fallback. */
    default boolean configured() {
        return true;
    }
}
