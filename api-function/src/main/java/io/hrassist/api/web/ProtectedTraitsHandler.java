package io.hrassist.api.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * A vacancy whose skills name protected traits: {@code 400} problem+json whose {@code detail} says so in English and
 * whose {@code protectedTraits} name each skill for a client to say it in its own language: {@code [{field, skill,
 * trait}]}, {@code trait} a stable code such as {@code SEX_OR_GENDER} ({@code ProtectedTraits.Finding#code()}).
 */
@Produces
@Singleton
@Requires(classes = {ProtectedTraitsException.class, ExceptionHandler.class})
class ProtectedTraitsHandler implements ExceptionHandler<ProtectedTraitsException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProtectedTraitsException exception) {
        return ProblemBody.of(
                request,
                HttpStatus.BAD_REQUEST,
                "Protected trait",
                exception.getMessage(),
                Map.of("protectedTraits", traits(exception.refused())));
    }

    private static List<Map<String, String>> traits(List<ProtectedTraitsException.Refused> refused) {
        return refused.stream()
                .map(r -> Map.of(
                        "field",
                        r.field(),
                        "skill",
                        r.finding().criterion(),
                        "trait",
                        r.finding().code()))
                .toList();
    }
}
