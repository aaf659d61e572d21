package io.hrassist.ui.web;

import io.hrassist.ui.api.ApiProblem;
import io.hrassist.ui.api.CandidateApi;
import io.hrassist.ui.api.CandidateFilter;
import io.hrassist.ui.api.CoreApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.http.uri.QueryStringDecoder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Flux;

/**
 * Candidates of a vacancy: the ranked table (filtered and sorted on request, polled while evaluations run), the plain multi-file upload form for
 * browsers without JavaScript (with it, files go straight to the forwarded API with per-file progress), re-evaluation.
 */
@Controller("/vacancies/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class CandidatePages {

    /** The id of the vacancy page's form that filters and sorts the candidates. */
    static final String FILTER_FORM = "candidate-filters";

    private final CoreApi api;
    private final CandidateApi candidates;
    private final Sections sections;
    private final Cookies cookies;
    private final CsrfFilter csrfFilter;

    CandidatePages(CoreApi api, CandidateApi candidates, Sections sections, Cookies cookies, CsrfFilter csrf) {
        this.api = api;
        this.candidates = candidates;
        this.sections = sections;
        this.cookies = cookies;
        this.csrfFilter = csrf;
    }

    /** The table as {@code stage}, {@code flag} and {@code sort} ask; the page's address follows the filter form. */
    @Get("/candidates")
    HttpResponse<?> table(
            HttpRequest<?> request,
            UUID id,
            @Nullable @QueryValue String stage,
            @Nullable @QueryValue String flag,
            @Nullable @QueryValue String sort) {
        var filter = CandidateFilter.of(stage, flag, sort);
        var response = HttpResponse.ok(panel(request, id, filter));
        if (FILTER_FORM.equals(request.getHeaders().get("HX-Trigger"))) {
            // So that a reload, Back or a shared link shows the same list.
            response.header("HX-Push-Url", "/vacancies/" + id + filter.query());
        }
        return response;
    }

    private ModelAndView<Map<String, Object>> panel(HttpRequest<?> request, UUID id, CandidateFilter filter) {
        var view = Pages.view("fragments/candidates");
        view.getModel().orElseThrow().putAll(sections.candidates(Session.token(request), id, filter));
        return view;
    }

    /** The table after a change made on the page, filtered as the page's address says (htmx names it). */
    private HttpResponse<?> table(HttpRequest<?> request, UUID id) {
        var shown = new QueryStringDecoder(request.getHeaders().get("HX-Current-URL", String.class, "")).parameters();
        return HttpResponse.ok(panel(
                request, id, CandidateFilter.of(first(shown, "stage"), first(shown, "flag"), first(shown, "sort"))));
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Post(value = "/resumes", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, UUID id, @Body MultipartBody body) {
        String csrf = null;
        List<CompletedFileUpload> files = new ArrayList<>();
        for (CompletedPart part : Flux.from(body).collectList().block()) {
            if (part instanceof CompletedFileUpload file && !file.getFilename().isBlank()) {
                files.add(file);
            } else if (CsrfFilter.FIELD.equals(part.getName())) {
                csrf = new String(bytes(part), StandardCharsets.UTF_8);
            }
        }
        if (!CsrfFilter.matches(cookies.value(request, Cookies.CSRF), csrf)) {
            return csrfFilter.forbidden(request);
        }
        String token = Session.token(request);
        for (CompletedFileUpload file : files) {
            try {
                api.upload(token, id, file.getFilename(), bytes(file));
            } catch (ApiProblem problem) {
                String existing = problem.status() == 409 ? problem.field("candidateId") : null;
                if (existing == null) {
                    throw problem;
                }
                // The same file again: the candidate who has it already is the answer.
                return HttpResponse.seeOther(URI.create("/candidates/" + UUID.fromString(existing) + "?duplicate=1"));
            }
        }
        return HttpResponse.seeOther(URI.create("/vacancies/" + id + "#candidates"));
    }

    /**
     * Evaluates every candidate again, which clears their scores until the new ones arrive: only once confirmed (the
     * page asks in a dialog and sends {@code confirmed=yes}; without JavaScript a page asks first).
     */
    @Post(value = "/evaluations", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reevaluate(HttpRequest<?> request, UUID id, @Nullable @Body Map<String, String> form) {
        if (form == null || !"yes".equals(form.get("confirmed"))) {
            return HttpResponse.ok(Pages.view("confirm-reevaluate", "vacancyId", id));
        }
        api.reevaluate(Session.token(request), id);
        if (Failures.htmx(request)) {
            return table(request, id);
        }
        return HttpResponse.seeOther(URI.create("/vacancies/" + id + "#candidates"));
    }

    /** Evaluates a candidate whose evaluation failed again, that one only: the others keep their scores. */
    @Post(value = "/candidates/{candidate}/evaluations", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retry(HttpRequest<?> request, UUID id, UUID candidate) {
        candidates.reevaluate(Session.token(request), candidate);
        if (Failures.htmx(request)) {
            return table(request, id);
        }
        return HttpResponse.seeOther(URI.create("/vacancies/" + id + "#candidates"));
    }

    private static byte[] bytes(CompletedPart part) {
        try {
            return part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
