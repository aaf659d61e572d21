package io.hrassist.api.web;

import io.hrassist.api.domain.Actor;
import io.hrassist.api.domain.NotFoundException;
import io.hrassist.api.domain.RequestTask;
import io.hrassist.api.domain.Role;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.api.domain.TaskStore;
import io.hrassist.api.domain.VacancyAccess;
import io.hrassist.api.domain.VacancyStore;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Generation tasks: admins and recruiters start a job description or interview questions for a vacancy; everyone
 * polls the tasks of the vacancies they may read (a hiring manager: those assigned to them).
 */
@Controller("/api/v1")
@Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Tasks")
class TaskController {

    private final RequestTask requestTask;
    private final TaskStore tasks;
    private final VacancyStore vacancies;
    private final VacancyAccess access;

    TaskController(RequestTask requestTask, TaskStore tasks, VacancyStore vacancies, VacancyAccess access) {
        this.requestTask = requestTask;
        this.tasks = tasks;
        this.vacancies = vacancies;
        this.access = access;
    }

    @Post("/vacancies/{id}/job-description")
    HttpResponse<TaskView> jobDescription(UUID id, @Valid @Nullable @Body JobDescriptionRequest request) {
        return accepted(requestTask.jobDescription(id, request == null ? List.of() : request.phrases()));
    }

    @Post("/vacancies/{id}/interview-questions")
    HttpResponse<TaskView> interviewQuestions(UUID id, @Valid @Nullable @Body QuestionsRequest request) {
        var body = request == null ? new QuestionsRequest(null, null) : request;
        return accepted(requestTask.interviewQuestions(id, body.count(), body.types()));
    }

    @Get("/tasks/{id}")
    @Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
    TaskView get(UUID id, Authentication user) {
        Task task = tasks.find(id).orElseThrow(() -> new NotFoundException("Task", id));
        if (!readable(task, Actors.of(user))) {
            throw new NotFoundException("Task", id);
        }
        return TaskView.of(task, new StaleResults(vacancies).stale(task.vacancyId(), task.createdAt()));
    }

    @Get("/tasks")
    @Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
    List<TaskView> list(
            @Nullable @QueryValue UUID vacancyId,
            @Nullable @QueryValue TaskKind kind,
            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
            Authentication user) {
        Actor actor = Actors.of(user);
        if (vacancyId != null) {
            access.readable(vacancyId, actor);
        }
        var staleness = new StaleResults(vacancies);
        return tasks.list(vacancyId, kind, limit, access.listedFor(actor)).stream()
                .map(task -> TaskView.of(task, staleness.stale(task.vacancyId(), task.createdAt())))
                .toList();
    }

    /** A hiring manager reads only the tasks of vacancies assigned to them; the others every task. */
    private boolean readable(Task task, Actor actor) {
        if (!actor.is(Role.HIRING_MANAGER)) {
            return true;
        }
        return task.vacancyId() != null && vacancies.isAssigned(task.vacancyId(), actor.username());
    }

    static HttpResponse<TaskView> accepted(Task task) {
        TaskView view = TaskView.of(task);
        return HttpResponse.accepted(URI.create(view.location())).body(view);
    }
}
