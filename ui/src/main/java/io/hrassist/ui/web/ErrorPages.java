package io.hrassist.ui.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One answer for every error, whoever raised it (the API, the UI or the framework: unknown pages, wrong methods, bodies
 * too large, ids that are not ids): a person's browser gets the branded page in its language, saying what happened
 * and what to do next; htmx gets the same message as a fragment; API clients, and everything under {@code /api/},
 * get {@code application/problem+json} shaped like the API's own. Framework texts ("Failed to convert argument …")
 * never reach a person: they are English and say nothing a recruiter can act on.
 */
@Singleton
@Primary // over the events module's problem+json-only one, which the tests have on their class path
@Replaces(ErrorResponseProcessor.class)
class ErrorPages implements ErrorResponseProcessor<Object> {

    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final MessageSource messages;

    ErrorPages(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer, MessageSource messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        String detail = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        return (MutableHttpResponse<Object>) answer(context.getRequest(), response.getStatus(), detail, false);
    }

    /** The error answer for {@code request}, with a detail for API clients only. */
    MutableHttpResponse<?> answer(HttpRequest<?> request, HttpStatus status, @Nullable String detail) {
        return answer(request, status, detail, false);
    }

    /**
     * The error answer for {@code request}. With {@code showDetail} a person sees {@code detail} too, where it helps
     * to correct a refused form: the API's own words, which {@link PageModel} shows in English pages only.
     */
    MutableHttpResponse<?> answer(
            HttpRequest<?> request, HttpStatus status, @Nullable String detail, boolean showDetail) {
        MutableHttpResponse<Object> response = HttpResponse.status(status);
        if (request.getMethod() == HttpMethod.HEAD) {
            return response;
        }
        if (!forPeople(request)) {
            return response.contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                    .body(problem(status, detail, request.getPath()));
        }
        var page = Pages.view(
                Failures.htmx(request) ? "fragments/problem" : "problem",
                "status",
                status.getCode(),
                "titleKey",
                "error.title." + group(status.getCode()),
                "messageKey",
                Failures.messageKey(status.getCode()),
                "detail",
                showDetail && detail != null ? detail : "");
        return renderer.render(page, request, HTML.toString())
                .<MutableHttpResponse<?>>map(body -> response.contentType(HTML).body(body))
                .orElse(response);
    }

    /** An RFC 9457 problem, as the API answers: {@code type}, {@code title}, {@code status}, {@code detail}. */
    Map<String, Object> problem(HttpStatus status, @Nullable String detail, String instance) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", status.getReason());
        body.put("status", status.getCode());
        body.put(
                "detail",
                detail != null && !detail.isBlank() && status.getCode() < 500
                        ? detail
                        : messages.getMessage(Failures.messageKey(status.getCode()), Locale.ENGLISH)
                                .orElse(status.getReason()));
        body.put("instance", instance);
        return body;
    }

    /** People browse the pages; scripts call {@code /api/} or ask for JSON, and get JSON. */
    private static boolean forPeople(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.startsWith("/api/") || path.equals("/api")) {
            return false;
        }
        if (Failures.htmx(request)) {
            return true;
        }
        var accepted = request.accept();
        return accepted.stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE))
                && accepted.stream().noneMatch(t -> t.matchesExtension("json"));
    }

    private static String group(int status) {
        return switch (status) {
            case 400, 403, 404, 405, 409, 413, 415, 429 -> Integer.toString(status);
            case 422 -> "400";
            default -> status >= 500 ? "500" : "other";
        };
    }
}
