package io.hrassist.api.web;

import io.hrassist.api.domain.ForbiddenException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** {@link ForbiddenException} as {@code 403} problem+json that says why. */
@Produces
@Singleton
@Requires(classes = {ForbiddenException.class, ExceptionHandler.class})
class ForbiddenHandler extends ProblemHandler<ForbiddenException> {

    ForbiddenHandler(ErrorResponseProcessor<?> errors) {
        super(errors, HttpStatus.FORBIDDEN);
    }
}
