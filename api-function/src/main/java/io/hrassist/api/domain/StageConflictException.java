package io.hrassist.api.domain;

/** A change that does not fit where the candidate stands (or someone else changed it first); answered with 409. */
public class StageConflictException extends RuntimeException {

    public StageConflictException(String message) {
        super(message);
    }
}
