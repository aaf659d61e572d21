package io.hrassist.ui.web;

import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers on every answer, the forwarded API's included: a Content-Security-Policy that allows only this origin's
 * scripts, styles and connections and no framing, no MIME sniffing, no referrer to other sites, HSTS when the site is
 * served over HTTPS, and {@code no-store} on everything but the static files, so no shared or back-button cache keeps a
 * signed-in page, a CSRF token or an API answer. The WebJars (Bootstrap, htmx) have their version in their path, so a
 * browser keeps them a year without asking again; the app's own {@code /assets/} keep Micronaut's short caching.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(-1000)
class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private final Cookies cookies;

    SecurityHeaders(Cookies cookies) {
        this.cookies = cookies;
    }

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
        if (cookies.secure() || request.isSecure()) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (request.getPath().startsWith("/webjars/")) {
            // (the Expires that Micronaut adds as it writes the file is overruled by max-age)
            headers.set(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
        } else if (!isStatic(request.getPath())) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/assets/") || path.startsWith("/webjars/");
    }
}
