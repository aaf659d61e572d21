package io.hrassist.api.web;

import io.hrassist.api.domain.StageConflictException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** {@link StageConflictException} as {@code 409} problem+json that says why. */
@Produces
@Singleton
@Requires(classes = {StageConflictException.class, ExceptionHandler.class})
class StageConflictHandler extends ProblemHandler<StageConflictException> {

    StageConflictHandler(ErrorResponseProcessor<?> errors) {
        super(errors, HttpStatus.CONFLICT);
    }
}
