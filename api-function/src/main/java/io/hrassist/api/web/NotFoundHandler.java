package io.hrassist.api.web;

import io.hrassist.api.domain.NotFoundException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** {@link NotFoundException} as {@code 404} problem+json. */
@Produces
@Singleton
@Requires(classes = {NotFoundException.class, ExceptionHandler.class})
class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    NotFoundHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, NotFoundException exception) {
        return errors.processResponse(
                ErrorContext.builder(request)
                        .cause(exception)
                        .errorMessage(exception.getMessage())
                        .build(),
                HttpResponse.notFound());
    }
}
