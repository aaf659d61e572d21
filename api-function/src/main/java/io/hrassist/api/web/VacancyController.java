package io.hrassist.api.web;

import io.hrassist.api.domain.NotFoundException;
import io.hrassist.api.domain.Vacancy;
import io.hrassist.api.domain.VacancyStore;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Vacancies: create, list and search, read, replace, delete. */
@Controller("/api/v1/vacancies")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Vacancies")
class VacancyController {

    private final VacancyStore vacancies;
    private final Clock clock;

    VacancyController(VacancyStore vacancies, Clock clock) {
        this.vacancies = vacancies;
        this.clock = clock;
    }

    @Post
    HttpResponse<VacancyView> create(@Valid @Body VacancyRequest request, Authentication user) {
        var now = clock.instant();
        Vacancy created =
                vacancies.create(new Vacancy(UUID.randomUUID(), request.toBrief(), 0, user.getName(), now, now));
        return HttpResponse.created(VacancyView.of(created), URI.create("/api/v1/vacancies/" + created.id()));
    }

    @Get
    List<VacancyView> list(
            @Nullable @QueryValue String q,
            @QueryValue(defaultValue = "0") @Min(0) int offset,
            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return vacancies.list(q, offset, limit).stream().map(VacancyView::of).toList();
    }

    @Get("/{id}")
    VacancyView get(UUID id) {
        return VacancyView.of(find(id));
    }

    @Put("/{id}")
    VacancyView replace(UUID id, @Valid @Body VacancyRequest request) {
        Vacancy current = find(id);
        var updated = new Vacancy(
                id, request.toBrief(), current.version(), current.createdBy(), current.createdAt(), clock.instant());
        return VacancyView.of(vacancies.update(updated));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(UUID id) {
        if (!vacancies.delete(id)) {
            throw new NotFoundException("Vacancy", id);
        }
        return HttpResponse.noContent();
    }

    private Vacancy find(UUID id) {
        return vacancies.find(id).orElseThrow(() -> new NotFoundException("Vacancy", id));
    }
}
