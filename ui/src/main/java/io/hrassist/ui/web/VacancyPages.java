package io.hrassist.ui.web;

import io.hrassist.ui.api.ApiProblem;
import io.hrassist.ui.api.CandidateFilter;
import io.hrassist.ui.api.CoreApi;
import io.hrassist.ui.api.TeamApi;
import io.hrassist.ui.api.User;
import io.hrassist.ui.api.Vacancy;
import io.hrassist.ui.api.VacancyForm;
import io.hrassist.ui.api.VacancyList;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The vacancy list with search, the create and edit forms, and the vacancy page with its three sections. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class VacancyPages {

    private final CoreApi api;
    private final Sections sections;
    private final TeamApi team;

    VacancyPages(CoreApi api, Sections sections, TeamApi team) {
        this.api = api;
        this.team = team;
        this.sections = sections;
    }

    @Get
    HttpResponse<?> home() {
        return HttpResponse.seeOther(URI.create("/vacancies"));
    }

    @Get("/vacancies")
    HttpResponse<?> list(
            HttpRequest<?> request,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue String deleted) {
        VacancyList.Page listed = api.vacancies(Session.token(request), VacancyList.of(q, status, sort, page));
        String view = Failures.htmx(request) && request.getHeaders().contains("HX-Target")
                ? "fragments/vacancy-rows"
                : "vacancies";
        return HttpResponse.ok(Pages.view(
                view,
                "vacancies",
                listed.vacancies(),
                "listed",
                listed,
                "q",
                listed.asked().q(),
                "statuses",
                VacancyList.STATUSES,
                "sorts",
                VacancyList.SORTS,
                "deleted",
                deleted != null));
    }

    @Get("/vacancies/new")
    HttpResponse<?> create(HttpRequest<?> request) {
        return HttpResponse.ok(form(request, null, null, null, false));
    }

    @Post(value = "/vacancies", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> fields) {
        VacancyForm form = VacancyFields.toForm(fields);
        try {
            Vacancy created = api.create(Session.token(request), form);
            return HttpResponse.seeOther(URI.create("/vacancies/" + created.id()));
        } catch (ApiProblem problem) {
            return invalid(request, problem, null, form);
        }
    }

    @Get("/vacancies/{id}/edit")
    HttpResponse<?> edit(HttpRequest<?> request, UUID id) {
        Vacancy vacancy = api.vacancy(Session.token(request), id);
        return HttpResponse.ok(form(request, id, VacancyFields.formOf(vacancy), null, false));
    }

    @Post(value = "/vacancies/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, UUID id, @Body Map<String, String> fields) {
        VacancyForm form = VacancyFields.toForm(fields);
        try {
            api.replace(Session.token(request), id, form);
            return HttpResponse.seeOther(URI.create("/vacancies/" + id));
        } catch (ApiProblem problem) {
            return invalid(request, problem, id, form);
        }
    }

    /**
     * Closes, reopens or archives the vacancy (its candidates' retention runs from the closing); archiving asks first,
     * as it takes the vacancy out of everyone's list.
     */
    @Post(value = "/vacancies/{id}/status", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> status(HttpRequest<?> request, UUID id, @Body Map<String, String> fields) {
        String status = fields.get("status");
        if ("ARCHIVED".equals(status) && !"yes".equals(fields.get("confirmed"))) {
            return HttpResponse.ok(
                    Pages.view("confirm-archive-vacancy", "vacancy", api.vacancy(Session.token(request), id)));
        }
        api.status(Session.token(request), id, "CLOSED".equals(status) || "ARCHIVED".equals(status) ? status : "OPEN");
        return HttpResponse.seeOther(URI.create("/vacancies/" + id));
    }

    /** The vacancy page; {@code stage}, {@code flag} and {@code sort} filter and order its candidates. */
    @Get("/vacancies/{id}")
    HttpResponse<?> show(
            HttpRequest<?> request,
            UUID id,
            @Nullable @QueryValue String type,
            @Nullable @QueryValue String erased,
            @Nullable @QueryValue String stage,
            @Nullable @QueryValue String flag,
            @Nullable @QueryValue String sort) {
        var view = Pages.view("vacancy", "erased", erased != null);
        view.getModel()
                .orElseThrow()
                .putAll(sections.page(Session.token(request), id, type, CandidateFilter.of(stage, flag, sort)));
        return HttpResponse.ok(view);
    }

    private HttpResponse<?> invalid(HttpRequest<?> request, ApiProblem problem, @Nullable UUID id, VacancyForm form) {
        if (problem.status() == 409) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(form(request, id, form, null, true));
        }
        if (problem.status() != 400) {
            throw problem;
        }
        var view = form(request, id, form, problem.detail(), false);
        view.getModel()
                .orElseThrow()
                .put(
                        "protectedTraits",
                        problem.items("protectedTraits").stream()
                                .map(t -> new ProtectedTrait(
                                        t.path("field").asText(),
                                        t.path("skill").asText(),
                                        t.path("trait").asText()))
                                .toList());
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(view);
    }

    /** A criterion the API refused because it names a protected trait, said in the page's language by the form. */
    record ProtectedTrait(String field, String skill, String trait) {}

    /** The form; admins and recruiters choose hiring managers from the list of active ones. */
    private ModelAndView<Map<String, Object>> form(
            HttpRequest<?> request,
            @Nullable UUID id,
            @Nullable VacancyForm form,
            @Nullable String error,
            boolean conflict) {
        VacancyForm shown = form == null
                ? new VacancyForm("", "en", null, null, null, null, List.of(), List.of(), null, null, List.of())
                : form;
        var view = Pages.view("vacancy-form", "id", id, "form", shown, "error", error, "conflict", conflict);
        if (Session.user(request).recruiter()) {
            List<User> managers = team.hiringManagers(Session.token(request));
            var listed = managers.stream().map(User::username).toList();
            view.getModel().orElseThrow().put("managers", managers);
            view.getModel()
                    .orElseThrow()
                    .put(
                            "unlisted",
                            shown.hiringManagers().stream()
                                    .filter(u -> !listed.contains(u))
                                    .toList());
        }
        return view;
    }
}
