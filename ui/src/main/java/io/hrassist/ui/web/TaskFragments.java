package io.hrassist.ui.web;

import io.hrassist.ui.api.CoreApi;
import io.hrassist.ui.api.Task;
import io.hrassist.ui.render.JobDescription;
import io.hrassist.ui.render.Results;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Job description and interview questions: start a task, show its progress as a fragment htmx polls every second
 * until the task ends, then the result; download the job description as Markdown; print the interview kit.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class TaskFragments {

    private final CoreApi api;
    private final Sections sections;
    private final JobDescriptionPanel jdPanel;
    private final ErrorPages errors;
    private final Results results;

    TaskFragments(CoreApi api, Sections sections, JobDescriptionPanel jdPanel, ErrorPages errors, Results results) {
        this.api = api;
        this.sections = sections;
        this.jdPanel = jdPanel;
        this.errors = errors;
        this.results = results;
    }

    @Post(value = "/vacancies/{id}/job-description", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> generateJobDescription(HttpRequest<?> request, UUID id) {
        String token = Session.token(request);
        Task task = api.requestJobDescription(token, id);
        return started(request, id, "jd", fragment("fragments/jd", jdPanel.model(token, id, task)));
    }

    @Get("/tasks/{taskId}/job-description")
    HttpResponse<?> jobDescription(HttpRequest<?> request, UUID taskId) {
        String token = Session.token(request);
        Task task = api.task(token, taskId);
        return HttpResponse.ok(fragment("fragments/jd", jdPanel.model(token, task.vacancyId(), task)));
    }

    @Get("/tasks/{taskId}/job-description.md")
    HttpResponse<?> download(HttpRequest<?> request, UUID taskId) {
        Task task = api.task(Session.token(request), taskId);
        JobDescription jd = "JOB_DESCRIPTION".equals(task.kind()) ? results.jobDescription(task) : null;
        if (jd == null) {
            return errors.answer(request, HttpStatus.NOT_FOUND, "This job description is not ready yet.");
        }
        return HttpResponse.ok(jd.markdown().getBytes(StandardCharsets.UTF_8))
                .contentType("text/markdown; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(jd.title()) + ".md\"");
    }

    /**
     * Starts the questions of the ticked types. None ticked is refused here (the page's script refuses it first): the
     * API would take no types as all of them, the opposite of what the form says.
     */
    @Post(value = "/vacancies/{id}/interview-questions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> generateQuestions(HttpRequest<?> request, UUID id, @Body Map<String, String> form) {
        int count = parseCount(form.get("count"));
        List<String> types = Sections.QUESTION_TYPES.stream()
                .filter(t -> form.containsKey("type_" + t))
                .toList();
        String token = Session.token(request);
        if (types.isEmpty()) {
            return noTypes(request, token, id, count);
        }
        Task task = api.requestQuestions(token, id, count, types);
        return started(request, id, "questions", fragment("fragments/questions", sections.questions(id, task, null)));
    }

    private HttpResponse<?> noTypes(HttpRequest<?> request, String token, UUID id, int count) {
        Map<String, Object> model = Failures.htmx(request)
                ? sections.questions(id, api.latestTask(token, id, "INTERVIEW_QUESTIONS"), null)
                : sections.page(token, id, null);
        model.put("qError", "questions.types.none");
        model.put("qCount", count);
        model.put("qChecked", List.of());
        if (Failures.htmx(request)) {
            return HttpResponse.ok(fragment("fragments/questions", model));
        }
        return HttpResponse.badRequest(fragment("vacancy", model));
    }

    @Get("/tasks/{taskId}/interview-questions")
    HttpResponse<?> questions(HttpRequest<?> request, UUID taskId, @Nullable @QueryValue String type) {
        Task task = api.task(Session.token(request), taskId);
        return HttpResponse.ok(fragment("fragments/questions", sections.questions(task.vacancyId(), task, type)));
    }

    /** The printable kit of the questions shown: of one type when the list is filtered. */
    @Get("/tasks/{taskId}/interview-kit")
    HttpResponse<?> kit(HttpRequest<?> request, UUID taskId, @Nullable @QueryValue String type) {
        String token = Session.token(request);
        Task task = api.task(token, taskId);
        var view = fragment("interview-kit", sections.questions(task.vacancyId(), task, type));
        view.getModel().orElseThrow().put("vacancy", api.vacancy(token, task.vacancyId()));
        return HttpResponse.ok(view);
    }

    private static HttpResponse<?> started(HttpRequest<?> request, UUID id, String anchor, Object fragment) {
        return Failures.htmx(request)
                ? HttpResponse.ok(fragment)
                : HttpResponse.seeOther(URI.create("/vacancies/" + id + "#" + anchor));
    }

    static ModelAndView<Map<String, Object>> fragment(String view, Map<String, Object> model) {
        var page = Pages.view(view);
        page.getModel().orElseThrow().putAll(model);
        return page;
    }

    private static int parseCount(@Nullable String value) {
        try {
            return Math.max(1, Math.min(50, Integer.parseInt(value == null ? "8" : value.strip())));
        } catch (NumberFormatException e) {
            return 8;
        }
    }

    static String fileName(String title) {
        String slug = title.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "job-description" : slug.replaceAll("[^a-z0-9-]", "_");
    }
}
