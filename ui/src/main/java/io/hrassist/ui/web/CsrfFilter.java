package io.hrassist.ui.web;

import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.annotation.Nullable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Double-submit CSRF protection: every browser gets a random token in an HttpOnly cookie, pages put it in a hidden
 * {@code _csrf} field (and htmx and scripts in the {@code X-CSRF-Token} header), and every state-changing request
 * must carry the same value. API clients that send their own {@code Authorization} header are not cookie-authenticated
 * and pass; so does a JSON {@code POST /login}, which a cross-site form cannot send. A form is read only when it
 * declares a length of at most {@link #MAX_FORM_BYTES}: the login form is open to anyone.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(-100)
class CsrfFilter {

    static final String FIELD = "_csrf";
    static final String HEADER = "X-CSRF-Token";
    static final String ATTRIBUTE = "hr.csrf";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** The largest form it reads: a vacancy with a full brief in Cyrillic, percent-encoded, fits several times. */
    static final long MAX_FORM_BYTES = 256 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Cookies cookies;
    private final ErrorPages errors;

    CsrfFilter(Cookies cookies, ErrorPages errors) {
        this.cookies = cookies;
        this.errors = errors;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String expected = cookies.value(request, Cookies.CSRF);
        request.setAttribute(ATTRIBUTE, expected == null ? newToken() : expected);
        if (SAFE.contains(request.getMethod())
                || request.getHeaders().getAuthorization().isPresent()) {
            return null;
        }
        MediaType type = request.getContentType().orElse(MediaType.TEXT_PLAIN_TYPE);
        if (request.getPath().equals("/login") && type.matches(MediaType.APPLICATION_JSON_TYPE)) {
            return null;
        }
        String given = request.getHeaders().get(HEADER);
        if (given == null && type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            long length = request.getContentLength();
            if (length < 0 || length > MAX_FORM_BYTES) {
                // before reading it: anyone may post the login form
                return errors.answer(
                        request,
                        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                        "A form may have at most " + MAX_FORM_BYTES / 1024 + " KB, with its length declared.");
            }
            given = formField(request);
        } else if (given == null && type.matches(MediaType.MULTIPART_FORM_DATA_TYPE) && !isApi(request)) {
            // The upload form's own controller checks its _csrf part; nothing else takes multipart.
            return null;
        }
        return matches(expected, given) ? null : forbidden(request);
    }

    @ResponseFilter
    void issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (cookies.value(request, Cookies.CSRF) == null) {
            request.getAttribute(ATTRIBUTE, String.class)
                    .ifPresent(token -> response.cookie(cookies.secret(Cookies.CSRF, token)));
        }
    }

    static boolean matches(@Nullable String expected, @Nullable String given) {
        return expected != null
                && given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** The answer to a state change without this browser's token: the page says to reload and try again. */
    HttpResponse<?> forbidden(HttpRequest<?> request) {
        return errors.answer(
                request,
                HttpStatus.FORBIDDEN,
                "The form has expired or did not come from this site. Reload the page and try again.");
    }

    private static boolean isApi(HttpRequest<?> request) {
        return request.getPath().startsWith("/api/");
    }

    private static @Nullable String formField(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            return null;
        }
        try (var body = server.byteBody().split().buffer().join()) {
            for (String pair : body.toString(StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(FIELD)) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
