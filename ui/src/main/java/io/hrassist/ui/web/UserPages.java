package io.hrassist.ui.web;

import io.hrassist.ui.api.ApiProblem;
import io.hrassist.ui.api.TeamApi;
import io.hrassist.ui.api.User;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Users, for admins: the list with the form that adds one, a user's page (display name, role) and deactivation, asked
 * first, or activation. The API refuses everyone else ({@code 403}, shown as the error page); the header shows these
 * pages to admins only.
 */
@Controller("/users")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserPages {

    /** The API's shortest password; said here before the API is asked. */
    static final int MIN_PASSWORD = 12;

    private final TeamApi api;

    UserPages(TeamApi api) {
        this.api = api;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request) {
        return HttpResponse.ok(listPage(request, Map.of(), null, null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> form) {
        String password = form.getOrDefault("password", "");
        if (Fields.text(form, "username").isEmpty()) {
            return refused(request, form, "users.error.username", null);
        }
        if (password.length() < MIN_PASSWORD) {
            return refused(request, form, "password.error.short", null);
        }
        try {
            User user = api.create(
                    Session.token(request),
                    Fields.text(form, "username"),
                    Fields.text(form, "displayName"),
                    role(form),
                    password);
            return HttpResponse.seeOther(URI.create("/users?created=" + user.id() + "#user-" + user.id()));
        } catch (ApiProblem problem) {
            return switch (problem.status()) {
                case 409 -> refused(request, form, "users.error.taken", null);
                case 400 -> refused(request, form, "users.error.invalid", problem.detail());
                default -> throw problem;
            };
        }
    }

    @Get("/{id}")
    HttpResponse<?> edit(HttpRequest<?> request, UUID id, @Nullable @QueryValue String saved) {
        var page = userPage(api.user(Session.token(request), id), null, null);
        page.getModel().orElseThrow().put("saved", saved != null);
        return HttpResponse.ok(page);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, UUID id, @Body Map<String, String> form) {
        var change = new HashMap<String, Object>();
        change.put("displayName", Fields.text(form, "displayName"));
        change.put("role", role(form));
        return changed(request, id, change);
    }

    /** Deactivation ends the user's sessions at once, so it is asked first. */
    @Get("/{id}/deactivate")
    HttpResponse<?> confirmDeactivation(HttpRequest<?> request, UUID id) {
        return HttpResponse.ok(Pages.view("confirm-deactivate", "user", api.user(Session.token(request), id)));
    }

    @Post(value = "/{id}/deactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deactivate(HttpRequest<?> request, UUID id) {
        return changed(request, id, Map.of("active", false));
    }

    @Post(value = "/{id}/activate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> activate(HttpRequest<?> request, UUID id) {
        return changed(request, id, Map.of("active", true));
    }

    private HttpResponse<?> changed(HttpRequest<?> request, UUID id, Map<String, Object> change) {
        try {
            api.change(Session.token(request), id, change);
            return HttpResponse.seeOther(URI.create("/users/" + id + "?saved=1"));
        } catch (ApiProblem problem) {
            if (problem.status() != 409 && problem.status() != 400) {
                throw problem;
            }
            User user = api.user(Session.token(request), id);
            return HttpResponse.status(Failures.status(problem))
                    .body(userPage(user, "users.error.refused", problem.detail()));
        }
    }

    private static ModelAndView<Map<String, Object>> userPage(
            User user, @Nullable String errorKey, @Nullable String detail) {
        return Pages.view("user", "user", user, "roles", User.ROLES, "errorKey", errorKey, "detail", detail);
    }

    private HttpResponse<?> refused(
            HttpRequest<?> request, Map<String, String> form, String errorKey, @Nullable String detail) {
        return HttpResponse.badRequest(listPage(request, form, errorKey, detail));
    }

    private Object listPage(
            HttpRequest<?> request, Map<String, String> form, @Nullable String errorKey, @Nullable String detail) {
        return Pages.view(
                "users",
                "users",
                api.users(Session.token(request)),
                "roles",
                User.ROLES,
                "form",
                form,
                "errorKey",
                errorKey,
                "detail",
                detail,
                "minPassword",
                MIN_PASSWORD);
    }

    private static String role(Map<String, String> form) {
        String role = Fields.text(form, "role");
        return User.ROLES.contains(role) ? role : "RECRUITER";
    }
}
