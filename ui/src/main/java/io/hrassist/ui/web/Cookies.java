package io.hrassist.ui.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The UI's cookies: the login token, the CSRF token and the language. Whether they are {@code Secure} and carry the
 * {@code __Host-} prefix (bound to this host, not settable by a sibling subdomain or over plain HTTP) is configuration
 * ({@code HR_ASSIST_SECURE_COOKIES}), never a header a client could send.
 */
@Singleton
final class Cookies {

    static final String SESSION = "hr_session";
    static final String CSRF = "hr_csrf";
    static final String LANGUAGE = "hr_lang";

    private final boolean secure;
    private final String prefix;

    Cookies(@Value("${hr-assist.secure-cookies:true}") boolean secure) {
        this.secure = secure;
        this.prefix = secure ? "__Host-" : "";
    }

    /** Whether the site is served over HTTPS (cookies {@code Secure}, HSTS sent). */
    boolean secure() {
        return secure;
    }

    @Nullable
    String value(HttpRequest<?> request, String name) {
        return request.getCookies()
                .findCookie(prefix + name)
                .map(Cookie::getValue)
                .filter(v -> !v.isBlank())
                .orElse(null);
    }

    @Nullable
    String session(HttpRequest<?> request) {
        return value(request, SESSION);
    }

    /** A cookie JavaScript cannot read, sent only to this site, and only over HTTPS unless configured otherwise. */
    Cookie secret(String name, String value) {
        return Cookie.of(prefix + name, value)
                .path("/")
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .secure(secure);
    }

    Cookie cleared(String name) {
        return secret(name, "").maxAge(Duration.ZERO);
    }
}
