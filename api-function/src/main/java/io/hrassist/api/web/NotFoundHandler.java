package io.hrassist.api.web;

import io.hrassist.api.domain.NotFoundException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** {@link NotFoundException} as {@code 404} problem+json. */
@Produces
@Singleton
@Requires(classes = {NotFoundException.class, ExceptionHandler.class})
class NotFoundHandler extends ProblemHandler<NotFoundException> {

    NotFoundHandler(ErrorResponseProcessor<?> errors) {
        super(errors, HttpStatus.NOT_FOUND);
    }
}
