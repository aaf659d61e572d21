package io.hrassist.api.web;

import io.hrassist.api.domain.ForbiddenException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** {@link ForbiddenException} as {@code 403} problem+json that says why. */
@Produces
@Singleton
@Requires(classes = {ForbiddenException.class, ExceptionHandler.class})
class ForbiddenHandler implements ExceptionHandler<ForbiddenException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    ForbiddenHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ForbiddenException exception) {
        return errors.processResponse(
                ErrorContext.builder(request)
                        .cause(exception)
                        .errorMessage(exception.getMessage())
                        .build(),
                HttpResponse.status(HttpStatus.FORBIDDEN));
    }
}
