package io.hrassist.llm;

/** A chat model that answers with a JSON object. */
public interface LlmClient {

    /** The model name recorded in results. */
    String model();

    /**
     * The model's answer text.
     *
     * @throws LlmUnavailableException when no answer can be had now (after retries, or while the circuit is open)
     */
    String chat(String system, String user);
}
