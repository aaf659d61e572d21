package io.hrassist.ui.web;

import io.hrassist.ui.api.SessionExpired;
import io.hrassist.ui.api.TeamApi;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.annotation.Nullable;
import java.util.Set;

/**
 * Pages need a login: without a session cookie the browser goes to the login page (htmx follows along). Every page and
 * every request that brings a body (a form, an upload) with a session cookie asks the API who is signed in first
 * ({@code GET /api/v1/me}), before any of the body is read: a made-up or revoked cookie, or a deactivated user's, gets
 * no upload buffered and no CSRF form parsed. Runs before
 * {@link CsrfFilter}, which reads form bodies.
 */
@ServerFilter({
    "/",
    "/vacancies",
    "/vacancies/**",
    "/tasks/**",
    "/candidates/**",
    "/users",
    "/users/**",
    "/audit",
    "/account/**",
    "/api/**"
})
@Order(-200)
class SignInFilter {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Cookies cookies;
    private final TeamApi api;
    private final ErrorPages errors;

    SignInFilter(Cookies cookies, TeamApi api, ErrorPages errors) {
        this.cookies = cookies;
        this.api = api;
        this.errors = errors;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> require(HttpRequest<?> request) {
        boolean forwarded = request.getPath().startsWith("/api/");
        String token = cookies.session(request);
        if (forwarded
                && (token == null || request.getHeaders().getAuthorization().isPresent())) {
            return null; // an API client with its own token, or none: the API answers for itself
        }
        if (token == null) {
            return Failures.toLogin(request, cookies, null);
        }
        request.setAttribute(Session.TOKEN, token);
        if (forwarded && SAFE.contains(request.getMethod())) {
            return null; // the API checks the token itself
        }
        try {
            // Pages show who is signed in and offer only what their role may do; a deactivated user is out at once.
            request.setAttribute(Session.USER, api.me(token));
            return null;
        } catch (SessionExpired e) {
            return forwarded
                    ? errors.answer(request, HttpStatus.UNAUTHORIZED, "The session has ended: sign in again.")
                    : Failures.toLogin(request, cookies, "expired");
        }
    }
}
