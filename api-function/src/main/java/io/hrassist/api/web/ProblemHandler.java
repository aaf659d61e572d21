package io.hrassist.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;

/** A domain exception as problem+json with a fixed status; its message is the {@code detail}. */
abstract class ProblemHandler<E extends RuntimeException> implements ExceptionHandler<E, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;
    private final HttpStatus status;

    ProblemHandler(ErrorResponseProcessor<?> errors, HttpStatus status) {
        this.errors = errors;
        this.status = status;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, E exception) {
        return errors.processResponse(
                ErrorContext.builder(request)
                        .cause(exception)
                        .errorMessage(exception.getMessage())
                        .build(),
                HttpResponse.status(status));
    }
}
