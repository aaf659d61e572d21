package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.db.UserRepository;
import io.hrassist.api.domain.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the API, called in every role: allowed roles get the endpoint's success status, the others 403
 * problem+json, and nobody without a token gets in. A hiring manager calls with a vacancy assigned to them. The last
 * test fails when an endpoint is added under {@code /api} without a row here.
 */
@MicronautTest(transactional = false)
class RoleMatrixTest extends ApiTest {

    private static final String PASSWORD = "matrix password 1234";
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> RECRUITING = EnumSet.of(Role.ADMIN, Role.RECRUITER);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    @Inject
    UserRepository users;

    @Inject
    Router router;

    private final Map<Role, String> tokens = new java.util.EnumMap<>(Role.class);
    private String vacancy;
    private String task;
    private String user;
    private String candidate;

    @BeforeAll
    void signInEveryRoleAndPrepareAVacancy() {
        String recruiter = UserApiTest.unique("matrix-recruiter");
        String manager = UserApiTest.unique("matrix-manager");
        Users.create(users, recruiter, PASSWORD, Role.RECRUITER);
        Users.create(users, manager, PASSWORD, Role.HIRING_MANAGER);
        tokens.put(Role.ADMIN, token());
        tokens.put(Role.RECRUITER, signIn(recruiter, PASSWORD));
        tokens.put(Role.HIRING_MANAGER, signIn(manager, PASSWORD));
        vacancy = call(HttpRequest.POST("/api/v1/vacancies", vacancyBody(List.of(manager))))
                .get("id")
                .asText();
        task = call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/job-description", ""))
                .get("id")
                .asText();
        call(HttpRequest.PUT("/api/v1/vacancies/" + vacancy + "/job-description", Map.of("markdown", "# Edited")));
        candidate = newCandidate();
        user = newUser();
    }

    /** One endpoint: how to call it, who may, and what success answers. */
    record Endpoint(
            String method, String template, Set<Role> allowed, int success, Supplier<MutableHttpRequest<?>> call) {

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    List<Endpoint> endpoints() {
        String v = "/api/v1/vacancies/";
        String c = "/api/v1/candidates/";
        return List.of(
                new Endpoint("GET", "/api/v1/me", EVERYONE, 200, () -> HttpRequest.GET("/api/v1/me")),
                new Endpoint(
                        "GET",
                        "/api/v1/hiring-managers",
                        RECRUITING,
                        200,
                        () -> HttpRequest.GET("/api/v1/hiring-managers")),
                new Endpoint(
                        "PUT",
                        "/api/v1/me/password",
                        EVERYONE,
                        400,
                        () -> HttpRequest.PUT(
                                "/api/v1/me/password", Map.of("oldPassword", PASSWORD, "newPassword", "too short"))),
                new Endpoint(
                        "POST",
                        "/api/v1/users",
                        ADMIN,
                        201,
                        () -> HttpRequest.POST(
                                "/api/v1/users",
                                Map.of(
                                        "username",
                                        UserApiTest.unique("matrix"),
                                        "password",
                                        PASSWORD,
                                        "role",
                                        "RECRUITER"))),
                new Endpoint("GET", "/api/v1/users", ADMIN, 200, () -> HttpRequest.GET("/api/v1/users")),
                new Endpoint("GET", "/api/v1/users/{id}", ADMIN, 200, () -> HttpRequest.GET("/api/v1/users/" + user)),
                new Endpoint(
                        "PUT",
                        "/api/v1/users/{id}",
                        ADMIN,
                        200,
                        () -> HttpRequest.PUT("/api/v1/users/" + user, Map.of("displayName", "Matrix"))),
                new Endpoint(
                        "DELETE",
                        "/api/v1/users/{id}",
                        ADMIN,
                        204,
                        () -> HttpRequest.DELETE("/api/v1/users/" + newUser())),
                new Endpoint("GET", "/api/v1/audit-events", ADMIN, 200, () -> HttpRequest.GET("/api/v1/audit-events")),
                new Endpoint(
                        "POST",
                        "/api/v1/vacancies",
                        RECRUITING,
                        201,
                        () -> HttpRequest.POST("/api/v1/vacancies", vacancyBody(List.of()))),
                new Endpoint("GET", "/api/v1/vacancies", EVERYONE, 200, () -> HttpRequest.GET("/api/v1/vacancies")),
                new Endpoint("GET", "/api/v1/vacancies/{id}", EVERYONE, 200, () -> HttpRequest.GET(v + vacancy)),
                new Endpoint(
                        "PUT",
                        "/api/v1/vacancies/{id}",
                        RECRUITING,
                        200,
                        () -> HttpRequest.PUT(
                                v + newVacancy(), Map.of("title", "Edited", "language", "en", "version", 0))),
                new Endpoint(
                        "PUT",
                        "/api/v1/vacancies/{id}/status",
                        RECRUITING,
                        200,
                        () -> HttpRequest.PUT(v + newVacancy() + "/status", Map.of("status", "CLOSED"))),
                new Endpoint(
                        "DELETE",
                        "/api/v1/vacancies/{id}",
                        RECRUITING,
                        204,
                        () -> HttpRequest.DELETE(v + newVacancy())),
                new Endpoint(
                        "POST",
                        "/api/v1/vacancies/{id}/job-description",
                        RECRUITING,
                        202,
                        () -> HttpRequest.POST(v + vacancy + "/job-description", "")),
                new Endpoint(
                        "GET",
                        "/api/v1/vacancies/{id}/job-description",
                        EVERYONE,
                        200,
                        () -> HttpRequest.GET(v + vacancy + "/job-description")),
                new Endpoint(
                        "PUT",
                        "/api/v1/vacancies/{id}/job-description",
                        RECRUITING,
                        200,
                        () -> HttpRequest.PUT(v + newVacancy() + "/job-description", Map.of("markdown", "# Mine"))),
                new Endpoint(
                        "POST",
                        "/api/v1/vacancies/{id}/interview-questions",
                        RECRUITING,
                        202,
                        () -> HttpRequest.POST(v + vacancy + "/interview-questions", Map.of("count", 3))),
                new Endpoint("POST", "/api/v1/vacancies/{id}/candidates", RECRUITING, 202, () -> upload(vacancy)),
                new Endpoint(
                        "GET",
                        "/api/v1/vacancies/{id}/candidates",
                        EVERYONE,
                        200,
                        () -> HttpRequest.GET(v + vacancy + "/candidates")),
                new Endpoint(
                        "GET",
                        "/api/v1/vacancies/{id}/candidates/export",
                        RECRUITING,
                        200,
                        () -> HttpRequest.GET(v + vacancy + "/candidates/export")),
                new Endpoint(
                        "POST",
                        "/api/v1/vacancies/{id}/candidates/evaluations",
                        RECRUITING,
                        202,
                        () -> HttpRequest.POST(v + vacancy + "/candidates/evaluations", "")),
                new Endpoint("GET", c + "{id}", EVERYONE, 200, () -> HttpRequest.GET(c + candidate)),
                new Endpoint(
                        "GET", c + "{id}/document", EVERYONE, 200, () -> HttpRequest.GET(c + candidate + "/document")),
                new Endpoint(
                        "POST",
                        c + "{id}/notes",
                        EVERYONE,
                        201,
                        () -> HttpRequest.POST(c + candidate + "/notes", Map.of("text", "Matrix note"))),
                new Endpoint("GET", c + "{id}/notes", EVERYONE, 200, () -> HttpRequest.GET(c + candidate + "/notes")),
                new Endpoint(
                        "PUT",
                        c + "{id}/feedback",
                        EVERYONE,
                        200,
                        () -> HttpRequest.PUT(
                                c + candidate + "/feedback", Map.of("recommendation", "YES", "comment", "Matrix"))),
                new Endpoint(
                        "GET", c + "{id}/feedback", EVERYONE, 200, () -> HttpRequest.GET(c + candidate + "/feedback")),
                new Endpoint(
                        "POST",
                        c + "{id}/evaluations",
                        RECRUITING,
                        202,
                        () -> HttpRequest.POST(c + candidate + "/evaluations", "")),
                new Endpoint(
                        "PUT",
                        c + "{id}/stage",
                        RECRUITING,
                        200,
                        () -> HttpRequest.PUT(c + newCandidate() + "/stage", Map.of("stage", "SHORTLISTED"))),
                new Endpoint("DELETE", c + "{id}", RECRUITING, 204, () -> HttpRequest.DELETE(c + newCandidate())),
                new Endpoint(
                        "GET", c + "{id}/export", RECRUITING, 200, () -> HttpRequest.GET(c + candidate + "/export")),
                new Endpoint(
                        "GET", "/api/v1/tasks/{id}", EVERYONE, 200, () -> HttpRequest.GET("/api/v1/tasks/" + task)),
                new Endpoint(
                        "GET",
                        "/api/v1/tasks",
                        EVERYONE,
                        200,
                        () -> HttpRequest.GET("/api/v1/tasks?vacancyId=" + vacancy)));
    }

    Stream<Arguments> cases() {
        return endpoints().stream().flatMap(e -> EVERYONE.stream().map(role -> Arguments.of(e, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachRoleGetsWhatItMayAndA403ForTheRest(Endpoint endpoint, Role role) throws Exception {
        MutableHttpRequest<?> request = endpoint.call().get().bearerAuth(tokens.get(role));

        if (endpoint.allowed().contains(role)) {
            assertThat(statusOf(request)).isEqualTo(endpoint.success());
        } else {
            JsonNode problem = problem(request, 403);
            assertThat(problem.get("status").asInt()).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void nobodyGetsInWithoutAToken(Endpoint endpoint) throws Exception {
        problem(endpoint.call().get(), 401);
    }

    @Test
    void everyEndpointUnderApiIsInTheMatrix() {
        Set<String> routes = router.uriRoutes()
                .filter(route -> !route.getHttpMethodName().equals("HEAD")) // served like its GET
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate())
                .filter(route -> route.contains(" /api/"))
                .collect(Collectors.toSet());
        Set<String> covered = endpoints().stream().map(Endpoint::toString).collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrderElementsOf(routes);
    }

    private String newUser() {
        return call(HttpRequest.POST(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                UserApiTest.unique("matrix"),
                                "password",
                                PASSWORD,
                                "role",
                                "HIRING_MANAGER")))
                .get("id")
                .asText();
    }

    /** A candidate of the vacancy assigned to the hiring manager, uploaded by the admin. */
    private String newCandidate() {
        return call(upload(vacancy)).get("candidate").get("id").asText();
    }

    private String newVacancy() {
        return call(HttpRequest.POST("/api/v1/vacancies", vacancyBody(List.of())))
                .get("id")
                .asText();
    }

    private static Map<String, Object> vacancyBody(List<String> hiringManagers) {
        return Map.of(
                "title",
                "Matrix Engineer",
                "language",
                "en",
                "mustHaveSkills",
                List.of("Java"),
                "hiringManagers",
                hiringManagers);
    }

    private MutableHttpRequest<?> upload(String vacancy) {
        var body = MultipartBody.builder()
                .addPart(
                        "file",
                        "cv.txt",
                        MediaType.TEXT_PLAIN_TYPE,
                        ("Java developer since 2015, file " + java.util.UUID.randomUUID()) // one candidate per file
                                .getBytes(StandardCharsets.UTF_8))
                .build();
        return HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/candidates", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }
}
