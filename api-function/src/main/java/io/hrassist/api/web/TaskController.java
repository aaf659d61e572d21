package io.hrassist.api.web;

import io.hrassist.api.domain.NotFoundException;
import io.hrassist.api.domain.RequestTask;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.api.domain.TaskStore;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Generation tasks: start a job description or interview questions for a vacancy, then poll the task. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Tasks")
class TaskController {

    private final RequestTask requestTask;
    private final TaskStore tasks;

    TaskController(RequestTask requestTask, TaskStore tasks) {
        this.requestTask = requestTask;
        this.tasks = tasks;
    }

    @Post("/vacancies/{id}/job-description")
    HttpResponse<TaskView> jobDescription(UUID id) {
        return accepted(requestTask.jobDescription(id));
    }

    @Post("/vacancies/{id}/interview-questions")
    HttpResponse<TaskView> interviewQuestions(UUID id, @Valid @Nullable @Body QuestionsRequest request) {
        var body = request == null ? new QuestionsRequest(null, null) : request;
        return accepted(requestTask.interviewQuestions(id, body.count(), body.types()));
    }

    @Get("/tasks/{id}")
    TaskView get(UUID id) {
        return tasks.find(id).map(TaskView::of).orElseThrow(() -> new NotFoundException("Task", id));
    }

    @Get("/tasks")
    List<TaskView> list(
            @Nullable @QueryValue UUID vacancyId,
            @Nullable @QueryValue TaskKind kind,
            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return tasks.list(vacancyId, kind, limit).stream().map(TaskView::of).toList();
    }

    static HttpResponse<TaskView> accepted(Task task) {
        TaskView view = TaskView.of(task);
        return HttpResponse.accepted(URI.create(view.location())).body(view);
    }
}
