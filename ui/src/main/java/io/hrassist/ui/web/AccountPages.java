package io.hrassist.ui.web;

import io.hrassist.ui.api.ApiProblem;
import io.hrassist.ui.api.TeamApi;
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
import java.util.Map;

/**
 * Every user's own account: a new password, the old one required. The API ends the user's other sessions and answers
 * with a fresh token, which replaces the one in the session cookie, so this browser stays signed in.
 */
@Controller("/account")
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountPages {

    private final TeamApi api;
    private final Cookies cookies;

    AccountPages(TeamApi api, Cookies cookies) {
        this.api = api;
        this.cookies = cookies;
    }

    @Get("/password")
    HttpResponse<?> page(@Nullable @QueryValue String saved) {
        return HttpResponse.ok(Pages.view("password", "saved", saved != null, "errorKey", null));
    }

    @Post(value = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, @Body Map<String, String> form) {
        String old = form.getOrDefault("oldPassword", "");
        String fresh = form.getOrDefault("newPassword", "");
        String problem = old.isEmpty()
                ? "password.error.old"
                : fresh.length() < UserPages.MIN_PASSWORD
                        ? "password.error.short"
                        : !fresh.equals(form.getOrDefault("confirmPassword", ""))
                                ? "password.error.mismatch"
                                : fresh.equals(old) ? "password.error.same" : null;
        if (problem != null) {
            return refused(HttpStatus.BAD_REQUEST, problem);
        }
        try {
            String token = api.changePassword(Session.token(request), old, fresh);
            return HttpResponse.seeOther(URI.create("/account/password?saved=1"))
                    .cookie(cookies.secret(Cookies.SESSION, token));
        } catch (ApiProblem refused) {
            return switch (refused.status()) {
                case 400 -> refused(HttpStatus.BAD_REQUEST, "password.error.weak");
                case 401 -> refused(HttpStatus.BAD_REQUEST, "password.error.wrongOld");
                case 429 -> refused(HttpStatus.TOO_MANY_REQUESTS, "problem.tooMany");
                default -> throw refused;
            };
        }
    }

    private static HttpResponse<?> refused(HttpStatus status, String errorKey) {
        return HttpResponse.status(status).body(Pages.view("password", "saved", false, "errorKey", errorKey));
    }
}
