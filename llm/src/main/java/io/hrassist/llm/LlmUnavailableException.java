package io.hrassist.llm;

/** The model gave no usable answer: unreachable, failing, timing out, refusing, or the circuit is open. */
public class LlmUnavailableException extends RuntimeException {

    public LlmUnavailableException(String message) {
        super(message);
    }

    public LlmUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
