package io.hrassist.llm;

/** The model answered, but not with what was asked for; the message says what is wrong, for the retry prompt. */
public class InvalidAnswerException extends RuntimeException {

    public InvalidAnswerException(String message) {
        super(message);
    }

    public InvalidAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
