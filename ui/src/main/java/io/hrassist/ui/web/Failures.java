package io.hrassist.ui.web;

import io.hrassist.ui.api.ApiProblem;
import io.hrassist.ui.api.SessionExpired;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.uri.UriBuilder;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;

/** Turns the API's answers into what a person can act on: back to login, or a message saying what to do next. */
final class Failures {

    private Failures() {}

    /**
     * To the login page, which brings the browser back to the page it asked for once signed in; htmx swaps would put
     * the login form inside the page, so htmx is told to navigate.
     */
    static MutableHttpResponse<?> toLogin(HttpRequest<?> request, Cookies cookies, @Nullable String message) {
        var target = UriBuilder.of("/login");
        if (message != null) {
            target.queryParam("m", message);
        }
        String back = htmx(request)
                ? SitePath.pathOf(request.getHeaders().get("HX-Current-URL"))
                : request.getMethod() == HttpMethod.GET
                        ? SitePath.afterSignIn(request.getUri().toString())
                        : null;
        if (back != null && !back.equals("/vacancies")) {
            target.queryParam("next", back);
        }
        String location = target.toString();
        MutableHttpResponse<?> response = htmx(request)
                ? HttpResponse.ok().header("HX-Redirect", location)
                : HttpResponse.seeOther(URI.create(location));
        return message == null ? response : response.cookie(cookies.cleared(Cookies.SESSION));
    }

    static boolean htmx(HttpRequest<?> request) {
        return "true".equals(request.getHeaders().get("HX-Request"));
    }

    /**
     * A page's status for the API's answer: the API's own, or 502 where it could not be reached (0) or answered with a
     * status this server has no name for.
     */
    static HttpStatus status(ApiProblem problem) {
        try {
            return problem.status() == 0 ? HttpStatus.BAD_GATEWAY : HttpStatus.valueOf(problem.status());
        } catch (IllegalArgumentException unknown) {
            return HttpStatus.BAD_GATEWAY;
        }
    }

    /** The message key that explains a problem of this status, the detail shown beside it. */
    static String messageKey(int status) {
        return switch (status) {
            case 0, 502, 503, 504 -> "problem.unreachable";
            case 400, 422 -> "problem.invalid";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.notFound";
            case 405 -> "problem.notAllowed";
            case 409 -> "problem.conflict";
            case 413 -> "problem.tooLarge";
            case 415 -> "problem.unsupported";
            case 429 -> "problem.tooMany";
            default -> status >= 500 ? "problem.server" : "problem.other";
        };
    }

    @Produces
    @Singleton
    @Requires(classes = SessionExpired.class)
    static class Expired implements ExceptionHandler<SessionExpired, HttpResponse<?>> {
        private final Cookies cookies;

        Expired(Cookies cookies) {
            this.cookies = cookies;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, SessionExpired exception) {
            return toLogin(request, cookies, "expired");
        }
    }

    @Produces
    @Singleton
    @Requires(classes = ApiProblem.class)
    static class Problem implements ExceptionHandler<ApiProblem, HttpResponse<?>> {
        private final ErrorPages pages;

        Problem(ErrorPages pages) {
            this.pages = pages;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ApiProblem problem) {
            HttpStatus status = status(problem);
            boolean correctable = status == HttpStatus.BAD_REQUEST || status == HttpStatus.CONFLICT;
            var response = pages.answer(request, status, problem.detail(), correctable);
            // htmx swaps only 2xx answers by default: the fragment comes as 200 so the message shows in place.
            return htmx(request) ? response.status(HttpStatus.OK) : response;
        }
    }
}
