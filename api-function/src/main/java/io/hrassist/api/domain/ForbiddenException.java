package io.hrassist.api.domain;

/** The signed-in user may not do this; answered with {@code 403}. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
