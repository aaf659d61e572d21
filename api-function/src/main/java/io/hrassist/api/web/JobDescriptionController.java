package io.hrassist.api.web;

import io.hrassist.api.domain.EditJobDescription;
import io.hrassist.api.domain.JobDescriptionEdit;
import io.hrassist.api.domain.JobDescriptionEdits;
import io.hrassist.api.domain.JobDescriptionWording;
import io.hrassist.api.domain.NotFoundException;
import io.hrassist.api.domain.Role;
import io.hrassist.api.domain.Vacancy;
import io.hrassist.api.domain.VacancyAccess;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The job description as the recruiters edited it ({@code POST} on the same path, in {@link TaskController}, generates
 * one): admins and recruiters save it, the vacancy's hiring managers read it.
 */
@Controller("/api/v1/vacancies/{id}/job-description")
@Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Tasks")
class JobDescriptionController {

    private final VacancyAccess access;
    private final JobDescriptionEdits edits;
    private final EditJobDescription editJobDescription;
    private final JobDescriptionWording wording;

    JobDescriptionController(
            VacancyAccess access,
            JobDescriptionEdits edits,
            EditJobDescription editJobDescription,
            JobDescriptionWording wording) {
        this.access = access;
        this.edits = edits;
        this.editJobDescription = editJobDescription;
        this.wording = wording;
    }

    @Get
    @Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
    EditView get(UUID id, Authentication user) {
        Vacancy vacancy = access.readable(id, Actors.of(user));
        var edit = edits.find(id).orElseThrow(() -> new NotFoundException("Edited job description of vacancy", id));
        return EditView.of(edit, vacancy.outdates(edit.editedAt()), wording.warnings(vacancy, edit.markdown()));
    }

    /**
     * Saves the text; {@code version} is the one read (absent for the first save); a stale one is a 409. The answer
     * carries the wording check's warnings on the saved text: they warn, they do not refuse.
     */
    @Put
    EditView save(UUID id, @Valid @Body EditRequest request, Authentication user) {
        var edit = editJobDescription.save(
                Actors.of(user), id, request.markdown(), request.basedOnTask(), request.version());
        Vacancy vacancy = access.readable(id, Actors.of(user));
        return EditView.of(edit, false, wording.warnings(vacancy, edit.markdown()));
    }

    /** Body of {@code PUT}. */
    @Introspected
    record EditRequest(
            @NotBlank @Size(max = JobDescriptionEdit.MAX_LENGTH)
            String markdown,

            @Nullable UUID basedOnTask,
            @Nullable @Min(0) Long version) {}

    /**
     * An edited job description as the API shows it; {@code stale} when the vacancy changed after it was saved;
     * {@code warnings}, the wording check's on the text as it stands, most serious first.
     */
    @Introspected
    record EditView(
            String markdown,
            @Nullable UUID basedOnTask,
            String editedBy,
            Instant editedAt,
            long version,
            boolean stale,
            List<Warning> warnings) {

        static EditView of(JobDescriptionEdit e, boolean stale, List<Warning> warnings) {
            return new EditView(
                    e.markdown(), e.basedOnTask(), e.editedBy(), e.editedAt(), e.version(), stale, warnings);
        }
    }
}
