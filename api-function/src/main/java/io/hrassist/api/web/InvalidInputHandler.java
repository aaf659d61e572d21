package io.hrassist.api.web;

import io.hrassist.api.domain.InvalidInputException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** {@link InvalidInputException} as {@code 400} problem+json that says why. */
@Produces
@Singleton
@Requires(classes = {InvalidInputException.class, ExceptionHandler.class})
class InvalidInputHandler implements ExceptionHandler<InvalidInputException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    InvalidInputHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidInputException exception) {
        return errors.processResponse(
                ErrorContext.builder(request)
                        .cause(exception)
                        .errorMessage(exception.getMessage())
                        .build(),
                HttpResponse.status(HttpStatus.BAD_REQUEST));
    }
}
