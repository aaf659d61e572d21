package io.hrassist.api.domain;

/** The request contradicts the current state (a stale version, a name taken, the last admin); answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
