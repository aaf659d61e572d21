package io.hrassist.ui.api;

/** The API answered 401: the login token is missing, expired or invalid. */
public final class SessionExpired extends RuntimeException {

    public SessionExpired() {
        super("The session has expired.");
    }
}
