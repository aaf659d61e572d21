package io.hrassist.ui.web;

import io.hrassist.ui.api.SessionExpired;
import io.micronaut.http.HttpRequest;

/** The logged-in user's API token, kept in an HttpOnly cookie. */
final class Session {

    private Session() {}

    /** The token; throws {@link SessionExpired} (back to the login page) when there is none. */
    static String token(HttpRequest<?> request) {
        String token = Cookies.value(request, Cookies.SESSION);
        if (token == null) {
            throw new SessionExpired();
        }
        return token;
    }
}
