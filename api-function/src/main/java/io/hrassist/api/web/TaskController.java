package io.hrassist.api.web;

import io.hrassist.api.domain.ListTasks;
import io.hrassist.api.domain.RequestTask;
import io.hrassist.api.domain.Role;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.api.domain.VacancyStore;
import io.hrassist.api.domain.ViewTask;
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
 * polls the tasks of the vacancies they may read (a hiring manager: those assigned to them). Reads of resume
 * evaluations are audited as reads of their candidates.
 */
@Controller("/api/v1")
@Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Tasks")
class TaskController {

    private final RequestTask requestTask;
    private final ViewTask viewTask;
    private final ListTasks listTasks;
    private final VacancyStore vacancies;

    TaskController(RequestTask requestTask, ViewTask viewTask, ListTasks listTasks, VacancyStore vacancies) {
        this.requestTask = requestTask;
        this.viewTask = viewTask;
        this.listTasks = listTasks;
        this.vacancies = vacancies;
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
        Task task = viewTask.view(id, Actors.of(user));
        return TaskView.of(task, new StaleResults(vacancies).stale(task.vacancyId(), task.createdAt()));
    }

    @Get("/tasks")
    @Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
    List<TaskView> list(
            @Nullable @QueryValue UUID vacancyId,
            @Nullable @QueryValue TaskKind kind,
            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
            Authentication user) {
        var staleness = new StaleResults(vacancies);
        return listTasks.list(vacancyId, kind, limit, Actors.of(user)).stream()
                .map(task -> TaskView.of(task, staleness.stale(task.vacancyId(), task.createdAt())))
                .toList();
    }

    static HttpResponse<TaskView> accepted(Task task) {
        TaskView view = TaskView.of(task);
        return HttpResponse.accepted(URI.create(view.location())).body(view);
    }
}
