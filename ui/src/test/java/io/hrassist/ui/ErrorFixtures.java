package io.hrassist.ui;

import io.hrassist.ui.api.ApiProblem;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Errors on demand for the tests: the API refusing with a status, and a failure of the UI itself. */
@Controller("/test-errors")
class ErrorFixtures {

    @Get("/api/{status}")
    String apiProblem(int status) {
        throw new ApiProblem(status, "The fixture's detail from the API.");
    }

    @Get("/crash")
    String crash() {
        throw new IllegalStateException("internal detail that must not be shown");
    }
}
