package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest
class VacancyApiTest extends ApiTest {

    private static final String OWNER_PASSWORD = "a long enough password for owners";

    @Test
    void createsReadsUpdatesAndDeletesAVacancy() {
        HttpResponse<JsonNode> created = client.toBlocking()
                .exchange(
                        auth(HttpRequest.POST(
                                "/api/v1/vacancies",
                                Map.of(
                                        "title",
                                        "Data Analyst",
                                        "language",
                                        "ru",
                                        "mustHaveSkills",
                                        List.of("SQL", "Python"),
                                        "brief",
                                        "Команда аналитики"))),
                        JsonNode.class);

        assertThat(created.code()).isEqualTo(201);
        String id = created.body().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/vacancies/" + id);
        assertThat(call(HttpRequest.GET("/api/v1/vacancies/" + id)).get("mustHaveSkills"))
                .hasSize(2);

        JsonNode updated = call(HttpRequest.PUT(
                "/api/v1/vacancies/" + id,
                Map.of(
                        "title",
                        "Senior Data Analyst",
                        "language",
                        "ru",
                        "seniority",
                        "senior",
                        "version",
                        created.body().get("version").asLong())));
        assertThat(updated.get("title").asText()).isEqualTo("Senior Data Analyst");
        assertThat(updated.get("version").asLong())
                .isGreaterThan(created.body().get("version").asLong());

        assertThat(client.toBlocking()
                        .exchange(auth(HttpRequest.DELETE("/api/v1/vacancies/" + id)))
                        .code())
                .isEqualTo(204);
    }

    @Test
    void theCreatorIsTheVacancysOwner() {
        String recruiter = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        call(HttpRequest.POST(
                "/api/v1/users", Map.of("username", recruiter, "password", OWNER_PASSWORD, "role", "RECRUITER")));
        String token = signIn(recruiter, OWNER_PASSWORD);

        JsonNode created = client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/v1/vacancies", Map.of("title", "Platform Engineer", "language", "en"))
                                .bearerAuth(token),
                        JsonNode.class);
        String id = created.get("id").asText();
        JsonNode edited = call(HttpRequest.PUT(
                "/api/v1/vacancies/" + id,
                Map.of("title", "Platform Engineer", "language", "en", "location", "Riga", "version", 0)));

        assertThat(created.get("createdBy").asText()).isEqualTo(recruiter);
        assertThat(call(HttpRequest.GET("/api/v1/vacancies/" + id))
                        .get("createdBy")
                        .asText())
                .isEqualTo(recruiter);
        assertThat(edited.get("createdBy").asText())
                .as("an admin's edit keeps the owner")
                .isEqualTo(recruiter);
        assertThat(createVacancy("Site Reliability Engineer").get("createdBy").asText())
                .isEqualTo("admin");
    }

    @Test
    void searchesByTitle() {
        createVacancy("Kotlin Mobile Developer " + UUID.randomUUID());

        JsonNode found = call(HttpRequest.GET("/api/v1/vacancies?q=kotlin%20mobile"));

        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(v -> assertThat(v.get("title").asText()).containsIgnoringCase("kotlin mobile"));
    }

    @Test
    void rejectsInvalidVacancyWithProblemDetail() throws Exception {
        JsonNode problem =
                problem(auth(HttpRequest.POST("/api/v1/vacancies", Map.of("title", " ", "language", "en"))), 400);

        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).contains("title");
    }

    @Test
    void refusesAVacancyThatWouldScoreAProtectedTrait() throws Exception {
        String title = "Receptionist " + UUID.randomUUID();
        JsonNode problem = problem(
                auth(HttpRequest.POST(
                        "/api/v1/vacancies",
                        Map.of(
                                "title",
                                title,
                                "language",
                                "en",
                                "mustHaveSkills",
                                List.of("Customer service", "Female"),
                                "niceToHaveSkills",
                                List.of("Native English speaker")))),
                400);

        assertThat(problem.get("detail").asText())
                .isEqualTo("mustHaveSkills: \"Female\" names a protected trait (sex or gender); candidates must not be"
                        + " scored on it. niceToHaveSkills: \"Native English speaker\" names a protected trait"
                        + " (national or ethnic origin); candidates must not be scored on it. Remove them from the"
                        + " vacancy.");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("protectedTraits"))
                .isEqualTo(mapper.readTree("[{\"field\":\"mustHaveSkills\",\"skill\":\"Female\",\"trait\":"
                        + "\"SEX_OR_GENDER\"},{\"field\":\"niceToHaveSkills\",\"skill\":\"Native English speaker\","
                        + "\"trait\":\"NATIONAL_OR_ETHNIC_ORIGIN\"}]"));
        assertThat(call(HttpRequest.GET("/api/v1/vacancies?q=" + title.replace(" ", "%20"))))
                .isEmpty();
    }

    @Test
    void refusesToAddAProtectedTraitToAVacancy() throws Exception {
        String id = createVacancy("Аналитик данных", "SQL").get("id").asText();

        JsonNode problem = problem(
                auth(HttpRequest.PUT(
                        "/api/v1/vacancies/" + id,
                        Map.of(
                                "title",
                                "Аналитик данных",
                                "language",
                                "ru",
                                "mustHaveSkills",
                                List.of("SQL"),
                                "niceToHaveSkills",
                                List.of("Без детей"),
                                "version",
                                0))),
                400);

        assertThat(problem.get("detail").asText())
                .startsWith("niceToHaveSkills: \"Без детей\" names a protected trait (family status)");
        assertThat(problem.get("detail").asText()).endsWith("Remove it from the vacancy.");
        assertThat(problem.get("protectedTraits")).singleElement().satisfies(found -> {
            assertThat(found.get("field").asText()).isEqualTo("niceToHaveSkills");
            assertThat(found.get("skill").asText()).isEqualTo("Без детей");
            assertThat(found.get("trait").asText()).isEqualTo("FAMILY_STATUS");
        });
        assertThat(call(HttpRequest.GET("/api/v1/vacancies/" + id)).path("niceToHaveSkills"))
                .isEmpty();
    }

    @Test
    void rejectsUnknownLanguage() throws Exception {
        JsonNode problem =
                problem(auth(HttpRequest.POST("/api/v1/vacancies", Map.of("title", "Dev", "language", "fr"))), 400);

        assertThat(problem.get("detail").asText()).contains("fr");
    }

    @Test
    void answersUnknownVacancyWith404Problem() throws Exception {
        UUID unknown = UUID.randomUUID();

        JsonNode problem = problem(auth(HttpRequest.GET("/api/v1/vacancies/" + unknown)), 404);

        assertThat(problem.get("detail").asText()).isEqualTo("Vacancy " + unknown + " does not exist");
        problem(auth(HttpRequest.DELETE("/api/v1/vacancies/" + unknown)), 404);
        problem(auth(HttpRequest.POST("/api/v1/vacancies/" + unknown + "/job-description", "")), 404);
    }

    @Test
    void rejectsMalformedId() throws Exception {
        problem(auth(HttpRequest.GET("/api/v1/vacancies/not-a-uuid")), 400);
    }
}
