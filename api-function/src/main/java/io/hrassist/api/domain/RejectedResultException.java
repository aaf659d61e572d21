package io.hrassist.api.domain;

/** A result event that does not answer the task it names; nothing was recorded. */
public class RejectedResultException extends RuntimeException {

    public RejectedResultException(String message) {
        super(message);
    }
}
