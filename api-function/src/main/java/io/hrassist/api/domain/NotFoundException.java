package io.hrassist.api.domain;

/** The thing asked for does not exist (or is not visible); answered with {@code 404}. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
