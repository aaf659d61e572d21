package io.hrassist.ui.web;

import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import jakarta.annotation.Nullable;

/** Pages need a login: without a session cookie the browser goes to the login page (htmx follows along). */
@ServerFilter({"/", "/vacancies", "/vacancies/**", "/tasks/**"})
@Order(-50)
class SignInFilter {

    @RequestFilter
    @Nullable
    HttpResponse<?> require(HttpRequest<?> request) {
        if (Cookies.value(request, Cookies.SESSION) != null) {
            return null;
        }
        return Failures.toLogin(request, null);
    }
}
