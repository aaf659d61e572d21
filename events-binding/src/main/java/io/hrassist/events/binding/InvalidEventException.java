package io.hrassist.events.binding;

/** The request is not a CloudEvent this service can accept; answered with {@code 400} problem+json. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
