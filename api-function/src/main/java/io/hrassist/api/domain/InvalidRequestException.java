package io.hrassist.api.domain;

/** The request names something that cannot be used (an unknown hiring manager, a weak password); answered with 400. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
