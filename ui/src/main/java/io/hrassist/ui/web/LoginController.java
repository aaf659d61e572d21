package io.hrassist.ui.web;

import io.hrassist.ui.api.ApiProblem;
import io.hrassist.ui.api.CoreApi;
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
import jakarta.annotation.Nullable;
import java.net.URI;
import java.util.Map;

/** Login and logout: the API's token goes into an HttpOnly cookie, never to JavaScript. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

    private final CoreApi api;

    LoginController(CoreApi api) {
        this.api = api;
    }

    @Get("/login")
    HttpResponse<?> page(@Nullable @QueryValue("m") String message) {
        String key = message != null && message.matches("expired|loggedOut") ? "login." + message : null;
        return HttpResponse.ok(Pages.view("login", "messageKey", key, "username", "admin"));
    }

    /** The form login; a JSON login never gets here: {@link ApiForwarding} sends it to the API. */
    @Post(
            value = "/login",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<?> login(HttpRequest<?> request, @Body Map<String, String> form) {
        String username = form.getOrDefault("username", "").strip();
        try {
            String token = api.login(username, form.getOrDefault("password", ""));
            return HttpResponse.seeOther(URI.create("/vacancies"))
                    .cookie(Cookies.secret(request, Cookies.SESSION, token));
        } catch (ApiProblem problem) {
            String key = problem.status() == 401 ? "login.wrong" : Failures.messageKey(problem.status());
            return HttpResponse.unauthorized()
                    .body(Pages.view("login", "messageKey", key, "username", username, "error", true));
        }
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> logout(HttpRequest<?> request) {
        return HttpResponse.seeOther(URI.create("/login?m=loggedOut"))
                .cookie(Cookies.cleared(request, Cookies.SESSION));
    }

    @Get("/language")
    HttpResponse<?> language(HttpRequest<?> request, @QueryValue String lang, @Nullable @QueryValue String back) {
        String target = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/";
        var response = HttpResponse.seeOther(URI.create(target));
        if (Languages.SUPPORTED.contains(lang)) {
            response.cookie(Cookies.secret(request, Cookies.LANGUAGE, lang).maxAge(365L * 24 * 3600));
        }
        return response;
    }
}
