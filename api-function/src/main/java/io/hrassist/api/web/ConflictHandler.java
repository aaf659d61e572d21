package io.hrassist.api.web;

import io.hrassist.api.domain.ConflictException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** {@link ConflictException} as {@code 409} problem+json that says what changed or stands in the way. */
@Produces
@Singleton
@Requires(classes = {ConflictException.class, ExceptionHandler.class})
class ConflictHandler extends ProblemHandler<ConflictException> {

    ConflictHandler(ErrorResponseProcessor<?> errors) {
        super(errors, HttpStatus.CONFLICT);
    }
}
