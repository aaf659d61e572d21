package io.hrassist.ui.web;

import io.hrassist.ui.api.ApiProblem;
import io.hrassist.ui.api.CandidateApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the hiring team does on a candidate's page: decide the stage (a rejection says why), write a note, give
 * interview feedback, evaluate again. A refused form comes back with the reason beside it; the API decides who may.
 */
@Controller("/candidates/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class CandidateActions {

    private final CandidateApi candidates;
    private final CandidatePage page;

    CandidateActions(CandidateApi candidates, CandidatePage page) {
        this.candidates = candidates;
        this.page = page;
    }

    @Post(value = "/stage", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> stage(HttpRequest<?> request, UUID id, @Body Map<String, String> form) {
        String stage = Fields.text(form, "stage");
        String reason = Fields.optional(form, "reason");
        if (!Stages.ALL.contains(stage)) {
            return page.refused(request, id, "stage", "candidate.stage.choose", null, HttpStatus.BAD_REQUEST);
        }
        if (stage.equals("REJECTED") && reason == null) {
            return page.refused(request, id, "stage", "candidate.stage.reasonRequired", null, HttpStatus.BAD_REQUEST);
        }
        return done(request, id, "stage", "history", () -> candidates.stage(Session.token(request), id, stage, reason));
    }

    @Post(value = "/notes", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> note(HttpRequest<?> request, UUID id, @Body Map<String, String> form) {
        String text = Fields.text(form, "text");
        if (text.isEmpty()) {
            return page.refused(request, id, "note", "candidate.notes.empty", null, HttpStatus.BAD_REQUEST);
        }
        return done(request, id, "note", "notes", () -> candidates.note(Session.token(request), id, text));
    }

    @Post(value = "/feedback", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> feedback(HttpRequest<?> request, UUID id, @Body Map<String, String> form) {
        String recommendation = Fields.text(form, "recommendation");
        String comment = Fields.text(form, "comment");
        if (recommendation.isEmpty() || comment.isEmpty()) {
            return page.refused(request, id, "feedback", "feedback.incomplete", null, HttpStatus.BAD_REQUEST);
        }
        var body = new HashMap<String, Object>();
        body.put("kitId", Fields.id(form, "kitId"));
        body.put("ratings", ratings(form));
        body.put("recommendation", recommendation);
        body.put("comment", comment);
        return done(
                request, id, "feedback", "feedback", () -> candidates.submitFeedback(Session.token(request), id, body));
    }

    @Post(value = "/evaluations", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reevaluate(HttpRequest<?> request, UUID id) {
        return done(request, id, "evaluation", "evaluation", () -> candidates.reevaluate(Session.token(request), id));
    }

    private HttpResponse<?> done(HttpRequest<?> request, UUID id, String form, String anchor, Runnable call) {
        try {
            call.run();
            return HttpResponse.seeOther(URI.create("/candidates/" + id + "#" + anchor));
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 409) {
                throw problem;
            }
            String key = problem.status() == 409 ? "candidate.conflict" : "problem.invalid";
            return page.refused(request, id, form, key, problem.detail(), Failures.status(problem));
        }
    }

    /** Fields {@code q1}, {@code q2}, … hold 1–5, or nothing for "not assessed". */
    private static List<Map<String, Object>> ratings(Map<String, String> form) {
        var ratings = new ArrayList<Map<String, Object>>();
        form.forEach((name, value) -> {
            if (name.matches("q[0-9]{1,3}")) {
                var rating = new HashMap<String, Object>();
                rating.put("questionId", Integer.parseInt(name.substring(1)));
                rating.put("rating", value.matches("[1-5]") ? Integer.parseInt(value) : null);
                ratings.add(rating);
            }
        });
        return ratings;
    }
}
