package io.hrassist.ui.web;

import io.hrassist.ui.api.ApiProblem;
import io.hrassist.ui.api.JobDescriptionApi;
import io.hrassist.ui.render.JobDescription;
import io.hrassist.ui.render.Warning;
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
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The job description edited in place: the editor (a fragment for htmx, the vacancy page without JavaScript), saving
 * with the version read, a warning's suggestion applied as an edit, and the text shown downloaded as Markdown. A save
 * someone else's came before is refused by the API (409): the editor comes back with the conflict message, the
 * recruiter's text still in it and the text saved meanwhile beside it.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class JobDescriptionEditor {

    private final JobDescriptionPanel panel;
    private final JobDescriptionApi edits;
    private final Sections sections;
    private final ErrorPages errors;

    JobDescriptionEditor(JobDescriptionPanel panel, JobDescriptionApi edits, Sections sections, ErrorPages errors) {
        this.panel = panel;
        this.edits = edits;
        this.sections = sections;
        this.errors = errors;
    }

    /** The panel as it is now (htmx: Cancel in the editor). */
    @Get("/vacancies/{id}/job-description")
    HttpResponse<?> show(HttpRequest<?> request, UUID id) {
        return answer(request, id, panel.model(Session.token(request), id), HttpStatus.OK);
    }

    @Get("/vacancies/{id}/job-description/edit")
    HttpResponse<?> edit(HttpRequest<?> request, UUID id) {
        var model = panel.model(Session.token(request), id);
        model.put("jdEditing", true);
        model.put("jdDraft", model.get("jd") instanceof JobDescription jd ? jd.markdown() : "");
        return answer(request, id, model, HttpStatus.OK);
    }

    @Post(value = "/vacancies/{id}/job-description/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, UUID id, @Body Map<String, String> form) {
        String token = Session.token(request);
        String markdown = Objects.requireNonNullElse(form.get("markdown"), "").replace("\r\n", "\n");
        if (markdown.isBlank()) {
            var model = panel.model(token, id);
            model.put("jdEditing", true);
            model.put("jdDraft", markdown);
            model.put("jdEmpty", true);
            return answer(request, id, model, HttpStatus.BAD_REQUEST);
        }
        return saved(request, id, markdown, form, true);
    }

    /** Replaces the phrase of the warning at {@code warning} by its suggestion, saved as an edit. */
    @Post(value = "/vacancies/{id}/job-description/apply", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> apply(HttpRequest<?> request, UUID id, @Body Map<String, String> form) {
        var model = panel.model(Session.token(request), id);
        boolean same = Objects.equals(String.valueOf(model.get("jdVersion")), form.getOrDefault("version", "null"))
                && Objects.equals(String.valueOf(model.get("jdBasedOn")), form.getOrDefault("task", "null"));
        Warning warning =
                model.get("jd") instanceof JobDescription jd && same ? warning(jd, form.get("warning")) : null;
        if (warning == null) {
            model.put("jdConflict", true); // what the page showed has changed since: nothing is saved
            return answer(request, id, model, HttpStatus.CONFLICT);
        }
        return saved(request, id, ((JobDescription) model.get("jd")).applying(warning), form, false);
    }

    /** The text shown on the page, edited or generated, as a Markdown file. */
    @Get("/vacancies/{id}/job-description.md")
    HttpResponse<?> download(HttpRequest<?> request, UUID id) {
        if (!(panel.model(Session.token(request), id).get("jd") instanceof JobDescription jd)) {
            return errors.answer(request, HttpStatus.NOT_FOUND, "This job description is not ready yet.");
        }
        return HttpResponse.ok(jd.markdown().getBytes(StandardCharsets.UTF_8))
                .contentType("text/markdown; charset=utf-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + TaskFragments.fileName(jd.title()) + ".md\"");
    }

    private HttpResponse<?> saved(
            HttpRequest<?> request, UUID id, String markdown, Map<String, String> form, boolean editing) {
        String token = Session.token(request);
        try {
            edits.save(token, id, markdown, Fields.id(form, "task"), number(form.get("version")));
        } catch (ApiProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            var model = panel.model(token, id);
            model.put("jdEditing", editing);
            model.put("jdDraft", markdown);
            model.put("jdConflict", true);
            return answer(request, id, model, HttpStatus.CONFLICT);
        }
        if (!Failures.htmx(request)) {
            return HttpResponse.seeOther(URI.create("/vacancies/" + id + "#jd"));
        }
        return HttpResponse.ok(TaskFragments.fragment("fragments/jd", panel.model(token, id)));
    }

    /** The fragment for htmx (always 200: htmx swaps only those), else the vacancy page around it. */
    private HttpResponse<?> answer(HttpRequest<?> request, UUID id, Map<String, Object> model, HttpStatus status) {
        if (Failures.htmx(request)) {
            return HttpResponse.ok(TaskFragments.fragment("fragments/jd", model));
        }
        var page = sections.page(Session.token(request), id, null);
        page.putAll(model);
        return HttpResponse.status(status).body(TaskFragments.fragment("vacancy", page));
    }

    private static @Nullable Warning warning(JobDescription jd, @Nullable String index) {
        try {
            Warning warning = jd.shownWarnings().get(Integer.parseInt(Objects.requireNonNullElse(index, "")));
            return jd.flags(warning) && !warning.offered().isEmpty() ? warning : null;
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static @Nullable Long number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
