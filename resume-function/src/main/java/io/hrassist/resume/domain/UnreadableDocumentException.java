package io.hrassist.resume.domain;

/** A document that can never be evaluated: unsupported type, encrypted, corrupt, or without any text. */
public class UnreadableDocumentException extends RuntimeException {

    private final String reason;

    public UnreadableDocumentException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public UnreadableDocumentException(String reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
