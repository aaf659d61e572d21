package io.hrassist.ui.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.annotation.Nullable;
import java.time.Duration;

/** The UI's cookies: the login token, the CSRF token and the language. */
final class Cookies {

    static final String SESSION = "hr_session";
    static final String CSRF = "hr_csrf";
    static final String LANGUAGE = "hr_lang";

    private Cookies() {}

    static @Nullable String value(HttpRequest<?> request, String name) {
        return request.getCookies()
                .findCookie(name)
                .map(Cookie::getValue)
                .filter(v -> !v.isBlank())
                .orElse(null);
    }

    /** A cookie JavaScript cannot read, sent only to this site, and only over HTTPS when the request came so. */
    static Cookie secret(HttpRequest<?> request, String name, String value) {
        return Cookie.of(name, value)
                .path("/")
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .secure(secure(request));
    }

    static Cookie cleared(HttpRequest<?> request, String name) {
        return secret(request, name, "").maxAge(Duration.ZERO);
    }

    static boolean secure(HttpRequest<?> request) {
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
