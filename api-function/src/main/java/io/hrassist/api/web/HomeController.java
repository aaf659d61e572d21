package io.hrassist.api.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;

/** {@code GET /} shows the API's own documentation, for anyone who opens the API in a browser. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class HomeController {

    @Get
    HttpResponse<Void> home() {
        return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
    }
}
