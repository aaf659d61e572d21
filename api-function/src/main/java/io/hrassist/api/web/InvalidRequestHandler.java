package io.hrassist.api.web;

import io.hrassist.api.domain.InvalidRequestException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** {@link InvalidRequestException} as {@code 400} problem+json naming what cannot be used. */
@Produces
@Singleton
@Requires(classes = {InvalidRequestException.class, ExceptionHandler.class})
class InvalidRequestHandler extends ProblemHandler<InvalidRequestException> {

    InvalidRequestHandler(ErrorResponseProcessor<?> errors) {
        super(errors, HttpStatus.BAD_REQUEST);
    }
}
