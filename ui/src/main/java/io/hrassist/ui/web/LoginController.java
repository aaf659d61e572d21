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
    private final Cookies cookies;
    private final ClientAddress clientAddress;

    LoginController(CoreApi api, Cookies cookies, ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
        this.api = api;
        this.cookies = cookies;
    }

    @Get("/login")
    HttpResponse<?> page(@Nullable @QueryValue("m") String message, @Nullable @QueryValue String next) {
        String key = message != null && message.matches("expired|loggedOut") ? "login." + message : null;
        return HttpResponse.ok(
                Pages.view("login", "messageKey", key, "username", "admin", "next", SitePath.afterSignIn(next)));
    }

    /**
     * The form login: back to the page asked for before signing in, if it is one of this site. An empty field is named
     * on the form instead of asking the API. A JSON login never gets here: {@link ApiForwarding} sends it to the API.
     */
    @Post(
            value = "/login",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<?> login(HttpRequest<?> request, @Body Map<String, String> form) {
        String username = form.getOrDefault("username", "").strip();
        String password = form.getOrDefault("password", "");
        String next = SitePath.afterSignIn(form.get("next"));
        if (username.isEmpty() || password.isEmpty()) {
            return HttpResponse.badRequest(Pages.view(
                    "login",
                    "messageKey",
                    "login.missing",
                    "username",
                    username,
                    "next",
                    next,
                    "error",
                    true,
                    "usernameMissing",
                    username.isEmpty(),
                    "passwordMissing",
                    password.isEmpty()));
        }
        try {
            String token = api.login(username, password, clientAddress.of(request));
            return HttpResponse.seeOther(URI.create(next == null ? "/vacancies" : next))
                    .cookie(cookies.secret(Cookies.SESSION, token));
        } catch (ApiProblem problem) {
            String key = problem.status() == 401 ? "login.wrong" : Failures.messageKey(problem.status());
            // The API's status, as every page answers it (Failures.status): a wrong password 401, an API not there
            // yet (a start from zero) 502 — the service's trouble, never said as a wrong password.
            return HttpResponse.status(Failures.status(problem))
                    .body(Pages.view("login", "messageKey", key, "username", username, "next", next, "error", true));
        }
    }

    /** Ends the session at the API too, so the token is dead even if the cookie was copied. */
    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> logout(HttpRequest<?> request) {
        String token = cookies.session(request);
        if (token != null) {
            api.logout(token);
        }
        return HttpResponse.seeOther(URI.create("/login?m=loggedOut")).cookie(cookies.cleared(Cookies.SESSION));
    }

    @Get("/language")
    HttpResponse<?> language(@QueryValue String lang, @Nullable @QueryValue String back) {
        String target = SitePath.path(back) == null ? "/" : back;
        var response = HttpResponse.seeOther(URI.create(target));
        if (Languages.SUPPORTED.contains(lang)) {
            response.cookie(cookies.secret(Cookies.LANGUAGE, lang).maxAge(365L * 24 * 3600));
        }
        return response;
    }
}
