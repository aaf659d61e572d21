package io.hrassist.ui.web;

import io.hrassist.ui.api.SessionExpired;
import io.micronaut.http.HttpRequest;

/** The signed-in user's API token, which {@link SignInFilter} took from the session cookie. */
final class Session {

    static final String TOKEN = "hr.session.token";

    private Session() {}

    /** The token; throws {@link SessionExpired} (back to the login page) when there is none. */
    static String token(HttpRequest<?> request) {
        return request.getAttribute(TOKEN, String.class).orElseThrow(SessionExpired::new);
    }
}
