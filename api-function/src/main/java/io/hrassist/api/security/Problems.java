package io.hrassist.api.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The problem+json answers of the password checks: wrong password, too many attempts (with {@code Retry-After}). */
@Singleton
class Problems {

    private final ErrorResponseProcessor<?> errors;

    Problems(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    MutableHttpResponse<?> of(HttpRequest<?> request, HttpStatus status, String detail) {
        return errors.processResponse(
                ErrorContext.builder(request).errorMessage(detail).build(), HttpResponse.status(status));
    }

    MutableHttpResponse<?> tooManyAttempts(HttpRequest<?> request, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        return of(request, HttpStatus.TOO_MANY_REQUESTS, "Too many sign-in attempts; try again in " + seconds + " s.")
                .header("Retry-After", Long.toString(seconds));
    }
}
