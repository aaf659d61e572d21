package io.hrassist.ui.web;

import io.hrassist.ui.api.ApiProblem;
import io.hrassist.ui.api.CoreApi;
import io.hrassist.ui.api.Vacancy;
import io.hrassist.ui.api.VacancyForm;
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
import jakarta.annotation.Nullable;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The vacancy list with search, the create and edit forms, and the vacancy page with its three sections. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class VacancyPages {

    private final CoreApi api;
    private final Sections sections;

    VacancyPages(CoreApi api, Sections sections) {
        this.api = api;
        this.sections = sections;
    }

    @Get
    HttpResponse<?> home() {
        return HttpResponse.seeOther(URI.create("/vacancies"));
    }

    @Get("/vacancies")
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String q) {
        List<Vacancy> vacancies = api.vacancies(Session.token(request), q);
        String view = Failures.htmx(request) && request.getHeaders().contains("HX-Target")
                ? "fragments/vacancy-rows"
                : "vacancies";
        return HttpResponse.ok(Pages.view(view, "vacancies", vacancies, "q", q == null ? "" : q));
    }

    @Get("/vacancies/new")
    HttpResponse<?> create() {
        return HttpResponse.ok(form(null, null, null, false));
    }

    @Post(value = "/vacancies", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> fields) {
        VacancyForm form = toForm(fields);
        try {
            Vacancy created = api.create(Session.token(request), form);
            return HttpResponse.seeOther(URI.create("/vacancies/" + created.id()));
        } catch (ApiProblem problem) {
            return invalid(problem, null, form);
        }
    }

    @Get("/vacancies/{id}/edit")
    HttpResponse<?> edit(HttpRequest<?> request, UUID id) {
        Vacancy vacancy = api.vacancy(Session.token(request), id);
        return HttpResponse.ok(form(id, formOf(vacancy), null, false));
    }

    @Post(value = "/vacancies/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, UUID id, @Body Map<String, String> fields) {
        VacancyForm form = toForm(fields);
        try {
            api.replace(Session.token(request), id, form);
            return HttpResponse.seeOther(URI.create("/vacancies/" + id));
        } catch (ApiProblem problem) {
            return invalid(problem, id, form);
        }
    }

    @Get("/vacancies/{id}")
    HttpResponse<?> show(HttpRequest<?> request, UUID id, @Nullable @QueryValue String type) {
        var view = Pages.view("vacancy");
        view.getModel().orElseThrow().putAll(sections.page(Session.token(request), id, type));
        return HttpResponse.ok(view);
    }

    private HttpResponse<?> invalid(ApiProblem problem, @Nullable UUID id, VacancyForm form) {
        if (problem.status() == 409) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(form(id, form, null, true));
        }
        if (problem.status() != 400) {
            throw problem;
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(form(id, form, problem.detail(), false));
    }

    private static Object form(
            @Nullable UUID id, @Nullable VacancyForm form, @Nullable String error, boolean conflict) {
        VacancyForm shown = form == null
                ? new VacancyForm("", "en", null, null, null, null, List.of(), List.of(), null, null, List.of())
                : form;
        return Pages.view("vacancy-form", "id", id, "form", shown, "error", error, "conflict", conflict);
    }

    private static VacancyForm formOf(Vacancy v) {
        return new VacancyForm(
                v.title(),
                v.language(),
                v.seniority(),
                v.location(),
                v.employmentType(),
                v.workFormat(),
                v.mustHaveSkills(),
                v.niceToHaveSkills(),
                v.brief(),
                v.version(),
                v.hiringManagers());
    }

    static VacancyForm toForm(Map<String, String> fields) {
        return new VacancyForm(
                fields.getOrDefault("title", "").strip(),
                fields.getOrDefault("language", "en"),
                blankToNull(fields.get("seniority")),
                blankToNull(fields.get("location")),
                blankToNull(fields.get("employmentType")),
                blankToNull(fields.get("workFormat")),
                skills(fields.get("mustHaveSkills")),
                skills(fields.get("niceToHaveSkills")),
                blankToNull(fields.get("brief")),
                version(fields.get("version")),
                skills(fields.get("hiringManagers")));
    }

    private static @Nullable Long version(@Nullable String field) {
        try {
            return field == null || field.isBlank() ? null : Long.valueOf(field.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Chips post as one comma-separated field, which is also what a person types with JavaScript off. */
    static List<String> skills(@Nullable String field) {
        if (field == null) {
            return List.of();
        }
        return Arrays.stream(field.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
