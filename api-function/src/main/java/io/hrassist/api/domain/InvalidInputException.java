package io.hrassist.api.domain;

/** A request that the domain's rules refuse whatever the state (a rejection without a reason); answered with 400. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
