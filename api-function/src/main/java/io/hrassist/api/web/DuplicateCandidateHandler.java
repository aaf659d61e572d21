package io.hrassist.api.web;

import io.hrassist.api.domain.DuplicateCandidateException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * A file uploaded again to the same vacancy: {@code 409} problem+json whose {@code candidateId} and {@code Location}
 * name the candidate that already holds it.
 */
@Produces
@Singleton
@Requires(classes = {DuplicateCandidateException.class, ExceptionHandler.class})
class DuplicateCandidateHandler implements ExceptionHandler<DuplicateCandidateException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, DuplicateCandidateException exception) {
        String location = "/api/v1/candidates/" + exception.existing();
        return ProblemBody.of(
                        request,
                        HttpStatus.CONFLICT,
                        "Duplicate candidate",
                        exception.getMessage(),
                        Map.of("candidateId", exception.existing().toString(), "location", location))
                .header(HttpHeaders.LOCATION, location);
    }
}
