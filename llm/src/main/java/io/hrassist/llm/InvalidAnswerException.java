package io.hrassist.llm;

/**
 * The model answered, but not with what was asked for. The message says what is wrong, for the retry prompt, and may
 * quote the answer (which may quote the resume); {@link #kind} says it without quoting anything, for logs and the
 * offline fallback's reason.
 */
public class InvalidAnswerException extends RuntimeException {

    /** What was wrong with an answer, in words that never quote it. */
    public enum Kind {
        NOT_JSON("not JSON"),
        WRONG_SHAPE("JSON of another shape than asked for"),
        FAILED_CHECK("an answer that failed its checks");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    private final Kind kind;

    /** An answer that failed a check of the caller's. */
    public InvalidAnswerException(String message) {
        this(message, Kind.FAILED_CHECK, null);
    }

    public InvalidAnswerException(String message, Kind kind, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
