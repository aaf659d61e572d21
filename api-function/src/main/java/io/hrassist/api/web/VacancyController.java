package io.hrassist.api.web;

import io.hrassist.api.domain.Actor;
import io.hrassist.api.domain.ChangeVacancy;
import io.hrassist.api.domain.CloseVacancy;
import io.hrassist.api.domain.CreateVacancy;
import io.hrassist.api.domain.DeleteVacancy;
import io.hrassist.api.domain.InvalidRequestException;
import io.hrassist.api.domain.Role;
import io.hrassist.api.domain.Vacancy;
import io.hrassist.api.domain.VacancyAccess;
import io.hrassist.api.domain.VacancyQuery;
import io.hrassist.api.domain.VacancyStatus;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Vacancies: admins and recruiters create, edit (optimistically: with the version they read), close and delete them;
 * hiring managers read only those assigned to them (any other answers 404 and is absent from the list).
 */
@Controller("/api/v1/vacancies")
@Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Vacancies")
class VacancyController {

    /** The header that tells a paging client how many vacancies match in all. */
    static final String TOTAL_COUNT = "X-Total-Count";

    private final VacancyStore vacancies;
    private final VacancyAccess access;
    private final CreateVacancy createVacancy;
    private final ChangeVacancy changeVacancy;
    private final CloseVacancy closeVacancy;
    private final DeleteVacancy deleteVacancy;

    VacancyController(
            VacancyStore vacancies,
            VacancyAccess access,
            CreateVacancy createVacancy,
            ChangeVacancy changeVacancy,
            CloseVacancy closeVacancy,
            DeleteVacancy deleteVacancy) {
        this.vacancies = vacancies;
        this.access = access;
        this.createVacancy = createVacancy;
        this.changeVacancy = changeVacancy;
        this.closeVacancy = closeVacancy;
        this.deleteVacancy = deleteVacancy;
    }

    @Post
    HttpResponse<VacancyView> create(@Valid @Body VacancyRequest request, Authentication user) {
        Vacancy created = createVacancy.create(Actors.of(user), request.toBrief(), request.hiringManagers());
        return HttpResponse.created(VacancyView.of(created), URI.create("/api/v1/vacancies/" + created.id()));
    }

    /**
     * A page of the vacancies the user may read: {@code q} found in the title, location or a skill; {@code status}
     * (default: open and closed, not archived); {@code sort}; the number of matches in {@code X-Total-Count}.
     */
    @Get
    @Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
    HttpResponse<List<VacancyView>> list(
            @Nullable @QueryValue @Size(max = 200) String q,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String sort,
            @QueryValue(defaultValue = "0") @Min(0) int offset,
            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
            Authentication user) {
        var query = new VacancyQuery(
                q,
                option(VacancyStatus.class, "status", status),
                option(VacancyQuery.Sort.class, "sort", sort),
                offset,
                limit,
                access.listedFor(Actors.of(user)));
        var page = vacancies.list(query);
        List<VacancyView> views = page.vacancies().stream()
                .map(listed -> VacancyView.of(listed.vacancy(), listed.candidates()))
                .toList();
        return HttpResponse.ok(views).header(TOTAL_COUNT, Long.toString(page.total()));
    }

    @Get("/{id}")
    @Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
    VacancyView get(UUID id, Authentication user) {
        return VacancyView.of(access.readable(id, Actors.of(user)));
    }

    /** Replaces the vacancy as read at {@code version}; a stale version is a 409 and overwrites nothing. */
    @Put("/{id}")
    VacancyView replace(UUID id, @Valid @Body VacancyRequest request, Authentication user) {
        if (request.version() == null) {
            throw new InvalidRequestException(
                    "version: required — send the version of the vacancy you read, so that no one's change is lost");
        }
        Actor actor = Actors.of(user);
        return VacancyView.of(
                changeVacancy.change(actor, id, request.version(), request.toBrief(), request.hiringManagers()));
    }

    /** Closes ({@code CLOSED}) or reopens ({@code OPEN}) a vacancy. */
    @Put("/{id}/status")
    VacancyView status(UUID id, @Valid @Body StatusRequest request, Authentication user) {
        return VacancyView.of(closeVacancy.setStatus(Actors.of(user), id, request.status()));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(UUID id, Authentication user) {
        deleteVacancy.delete(Actors.of(user), id);
        return HttpResponse.noContent();
    }

    /** A list option named in any case, or null when absent; an unknown one is a 400 that names the known ones. */
    static <E extends Enum<E>> @Nullable E option(Class<E> type, String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E option : type.getEnumConstants()) {
            if (option.name().equalsIgnoreCase(value.strip())) {
                return option;
            }
        }
        throw new InvalidRequestException(
                name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'.");
    }
}
