package io.hrassist.ui.api;

/** The API refused a call or could not be reached; {@code detail} is its problem+json detail when it gave one. */
public final class ApiProblem extends RuntimeException {

    private final int status;

    public ApiProblem(int status, String detail) {
        super(detail);
        this.status = status;
    }

    /** HTTP status of the API's answer; 0 when the API could not be reached. */
    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }
}
