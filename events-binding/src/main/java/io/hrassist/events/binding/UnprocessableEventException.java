package io.hrassist.events.binding;

/**
 * A valid request that can never be processed (retrying will not help): answered with a {@code task.failed} reply so
 * the task ends with this reason.
 */
public class UnprocessableEventException extends RuntimeException {

    private final String reason;

    public UnprocessableEventException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
