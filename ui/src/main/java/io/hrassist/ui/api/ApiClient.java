package io.hrassist.ui.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * The blocking HTTP exchange with the Core API that every client of it in this package shares: the bearer token, JSON
 * in and out, a 401 as {@link SessionExpired} and any other refusal as {@link ApiProblem} with its problem+json.
 */
@Singleton
class ApiClient {

    static final String V1 = "/api/v1";

    private final HttpClient http;
    private final ObjectMapper mapper;

    ApiClient(@Client("${hr-assist.api.url}") HttpClient http, ObjectMapper mapper) {
        this.http = http;
        this.mapper = mapper;
    }

    HttpClient http() {
        return http;
    }

    /** {@code request} with the user's token, answered as {@code type}. */
    <T> T call(MutableHttpRequest<?> request, String token, Argument<T> type) {
        return send(request.bearerAuth(token).accept(MediaType.APPLICATION_JSON_TYPE), type, false);
    }

    /** {@code request} with the user's token, answered as {@code type} with the response's headers. */
    <T> HttpResponse<T> exchange(MutableHttpRequest<?> request, String token, Argument<T> type) {
        try {
            return http.toBlocking().exchange(request.bearerAuth(token).accept(MediaType.APPLICATION_JSON_TYPE), type);
        } catch (HttpClientResponseException e) {
            throw refusal(e, false);
        } catch (HttpClientException e) {
            throw new ApiProblem(0, e.getMessage());
        }
    }

    /** {@code request} with the user's token, whose answer has no body worth reading. */
    void call(MutableHttpRequest<?> request, String token) {
        try {
            http.toBlocking().exchange(request.bearerAuth(token).accept(MediaType.APPLICATION_JSON_TYPE));
        } catch (HttpClientResponseException e) {
            throw refusal(e, false);
        } catch (HttpClientException e) {
            throw new ApiProblem(0, e.getMessage());
        }
    }

    <T> T send(MutableHttpRequest<?> request, Argument<T> type, boolean login) {
        try {
            return http.toBlocking().retrieve(request, type);
        } catch (HttpClientResponseException e) {
            throw refusal(e, login);
        } catch (HttpClientException e) {
            throw new ApiProblem(0, e.getMessage());
        }
    }

    RuntimeException refusal(HttpClientResponseException e, boolean login) {
        if (e.getStatus() == HttpStatus.UNAUTHORIZED && !login) {
            return new SessionExpired();
        }
        JsonNode problem = problem(e);
        String detail = problem != null && problem.hasNonNull("detail")
                ? problem.get("detail").asText()
                : e.getStatus().getReason();
        return new ApiProblem(e.code(), detail, problem);
    }

    private @Nullable JsonNode problem(HttpClientResponseException e) {
        try {
            String body = e.getResponse().getBody(String.class).orElse("");
            JsonNode problem = mapper.readTree(body);
            return problem != null && problem.isObject() ? problem : null;
        } catch (Exception ignored) {
            return null; // not problem+json: the status line says it
        }
    }
}
