package io.hrassist.ui.web;

import io.hrassist.ui.api.SessionExpired;
import io.hrassist.ui.api.User;
import io.micronaut.http.HttpRequest;
import jakarta.annotation.Nullable;

/**
 * The signed-in user's API token, which {@link SignInFilter} took from the session cookie, and who they are (asked from
 * the API for every page, so that a changed role or a deactivation shows at once).
 */
final class Session {

    static final String TOKEN = "hr.session.token";
    static final String USER = "hr.session.user";

    private Session() {}

    /** The token; throws {@link SessionExpired} (back to the login page) when there is none. */
    static String token(HttpRequest<?> request) {
        return request.getAttribute(TOKEN, String.class).orElseThrow(SessionExpired::new);
    }

    /** The signed-in user; throws {@link SessionExpired} when there is none. */
    static User user(HttpRequest<?> request) {
        return request.getAttribute(USER, User.class).orElseThrow(SessionExpired::new);
    }

    /** The signed-in user, if the page has one (error pages may not). */
    static @Nullable User userOrNull(HttpRequest<?> request) {
        return request.getAttribute(USER, User.class).orElse(null);
    }
}
