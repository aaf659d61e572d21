package io.hrassist.api.web;

import io.hrassist.api.domain.InvalidInputException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** {@link InvalidInputException} as {@code 400} problem+json that says why. */
@Produces
@Singleton
@Requires(classes = {InvalidInputException.class, ExceptionHandler.class})
class InvalidInputHandler extends ProblemHandler<InvalidInputException> {

    InvalidInputHandler(ErrorResponseProcessor<?> errors) {
        super(errors, HttpStatus.BAD_REQUEST);
    }
}
