package io.hrassist.ui.web;

import io.hrassist.ui.api.CandidateFilter;
import io.hrassist.ui.api.CoreApi;
import io.hrassist.ui.api.Vacancy;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * Deleting a vacancy, asked first on a page of its own that says what goes with it (its candidates, their documents
 * and results); then to the vacancy list, which says it was done. The API decides who may (not hiring managers).
 */
@Controller("/vacancies/{id}/delete")
@ExecuteOn(TaskExecutors.BLOCKING)
class VacancyDeletion {

    private final CoreApi api;
    private final ErrorPages errors;

    VacancyDeletion(CoreApi api, ErrorPages errors) {
        this.api = api;
        this.errors = errors;
    }

    @Get
    HttpResponse<?> confirm(HttpRequest<?> request, UUID id) {
        if (!Session.user(request).recruiter()) { // the page would offer what the API refuses
            return errors.answer(request, HttpStatus.FORBIDDEN, "Hiring managers do not delete vacancies.");
        }
        String token = Session.token(request);
        Vacancy vacancy = api.vacancy(token, id);
        int candidates = api.candidates(token, id, CandidateFilter.NONE).size();
        return HttpResponse.ok(Pages.view("confirm-delete-vacancy", "vacancy", vacancy, "candidateCount", candidates));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, UUID id, @Nullable @Body Map<String, String> form) {
        api.delete(Session.token(request), id);
        return HttpResponse.seeOther(URI.create("/vacancies?deleted=1"));
    }
}
