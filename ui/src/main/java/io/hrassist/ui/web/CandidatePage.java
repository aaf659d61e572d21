package io.hrassist.ui.web;

import io.hrassist.ui.api.CandidateApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * A candidate as a person: their page ({@link CandidateSheet}), and erasure, asked first on a page of its own since
 * nothing of the candidate is left afterwards.
 */
@Controller("/candidates/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class CandidatePage {

    private final CandidateSheet sheet;
    private final CandidateApi candidates;

    CandidatePage(CandidateSheet sheet, CandidateApi candidates) {
        this.sheet = sheet;
        this.candidates = candidates;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, UUID id, @Nullable @QueryValue String duplicate) {
        var page = page(request, id, null, null, null);
        page.getModel().orElseThrow().put("duplicate", duplicate != null);
        return HttpResponse.ok(page);
    }

    /** The page again with what was refused said beside the form it came from, in the reader's language. */
    HttpResponse<?> refused(
            HttpRequest<?> request, UUID id, String form, String errorKey, @Nullable String detail, HttpStatus status) {
        return HttpResponse.status(status).body(page(request, id, form, errorKey, detail));
    }

    @Get("/erase")
    HttpResponse<?> confirmErasure(HttpRequest<?> request, UUID id) {
        var candidate = candidates.candidate(Session.token(request), id);
        return HttpResponse.ok(Pages.view("confirm-erase", "candidate", candidate));
    }

    @Post(value = "/erase", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> erase(HttpRequest<?> request, UUID id, @Nullable @Body Map<String, String> form) {
        candidates.erase(Session.token(request), id);
        UUID vacancy = Fields.id(form, "vacancyId");
        return HttpResponse.seeOther(
                URI.create(vacancy == null ? "/vacancies" : "/vacancies/" + vacancy + "?erased=1#candidates"));
    }

    private ModelAndView<Map<String, Object>> page(
            HttpRequest<?> request,
            UUID id,
            @Nullable String form,
            @Nullable String errorKey,
            @Nullable String detail) {
        var view = Pages.view("candidate", "errorFor", form, "errorKey", errorKey, "detail", detail);
        view.getModel().orElseThrow().putAll(sheet.of(Session.token(request), Session.user(request), id));
        return view;
    }
}
