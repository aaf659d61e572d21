package io.hrassist.api.web;

import io.hrassist.api.domain.StageConflictException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** {@link StageConflictException} as {@code 409} problem+json that says why. */
@Produces
@Singleton
@Requires(classes = {StageConflictException.class, ExceptionHandler.class})
class StageConflictHandler implements ExceptionHandler<StageConflictException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    StageConflictHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, StageConflictException exception) {
        return errors.processResponse(
                ErrorContext.builder(request)
                        .cause(exception)
                        .errorMessage(exception.getMessage())
                        .build(),
                HttpResponse.status(HttpStatus.CONFLICT));
    }
}
