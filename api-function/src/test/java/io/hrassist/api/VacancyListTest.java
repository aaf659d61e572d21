package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.domain.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The vacancy list a recruiter works from: search by title, skill and location; status with archived vacancies out of
 * the way; sorting; pages with the total; candidate counts. Each test's vacancies share a marker of their own, since
 * other classes' vacancies live in the same database.
 */
@MicronautTest(transactional = false)
class VacancyListTest extends CandidateApiSupport {

    @Test
    void findsVacanciesByTitleSkillOrLocation() {
        String marker = marker();
        String byTitle = vacancy("Nurse " + marker, "Kyiv", "Triage");
        String bySkill = vacancy("Accountant", "Riga", "1C " + marker);
        String byLocation = vacancy("Welder", "Port " + marker, "TIG welding");
        vacancy("Teacher", "Oslo", "Physics");

        assertThat(ids(list("q=" + marker))).containsExactlyInAnyOrder(byTitle, bySkill, byLocation);
        assertThat(ids(list("q=" + marker.toUpperCase() + "&limit=200"))).hasSize(3);
        assertThat(ids(list("q=%25" + marker)))
                .as("a % typed is a character, not a wildcard")
                .isEmpty();
    }

    @Test
    void archivedVacanciesLeaveTheUsualListButStayFindable() {
        String marker = marker();
        String open = vacancy("Cashier " + marker, null, "Cash handling");
        String closed = vacancy("Driver " + marker, null, "Category C licence");
        String archived = vacancy("Cook " + marker, null, "Grill");
        status(closed, "CLOSED");
        JsonNode archivedView = status(archived, "ARCHIVED");

        assertThat(archivedView.get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(archivedView.get("closedAt").asText()).as("archiving closes").isNotBlank();
        assertThat(ids(list("q=" + marker))).containsExactlyInAnyOrder(open, closed);
        assertThat(ids(list("q=" + marker + "&status=OPEN"))).containsExactly(open);
        assertThat(ids(list("q=" + marker + "&status=CLOSED"))).containsExactly(closed);
        assertThat(ids(list("q=" + marker + "&status=ARCHIVED"))).containsExactly(archived);
        assertThat(status(archived, "OPEN").get("status").asText()).isEqualTo("OPEN");
        assertThat(ids(list("q=" + marker + "&status=OPEN"))).containsExactlyInAnyOrder(open, archived);
    }

    @Test
    void sortsPagesAndCountsCandidates() {
        String marker = marker();
        String few = vacancy("B " + marker, null, "Java");
        String none = vacancy("C " + marker, null, "Java");
        String many = vacancy("A " + marker, null, "Java");
        upload(few, "one.txt", "Java since 2015".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 3; i++) {
            upload(many, i + ".txt", ("Java since 201" + i).getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<JsonNode> byCandidates = exchange("q=" + marker + "&sort=CANDIDATES");
        assertThat(ids(byCandidates.body())).containsExactly(many, few, none);
        assertThat(byCandidates.body().findValuesAsText("candidateCount")).containsExactly("3", "1", "0");
        assertThat(byCandidates.header("X-Total-Count")).isEqualTo("3");
        assertThat(ids(list("q=" + marker + "&sort=TITLE"))).containsExactly(many, few, none);
        assertThat(ids(list("q=" + marker))).as("newest first by default").containsExactly(many, none, few);
        assertThat(ids(list("q=" + marker + "&sort=OLDEST"))).containsExactly(few, none, many);

        HttpResponse<JsonNode> second = exchange("q=" + marker + "&sort=TITLE&offset=1&limit=1");
        assertThat(ids(second.body())).containsExactly(few);
        assertThat(second.header("X-Total-Count")).isEqualTo("3");
        HttpResponse<JsonNode> beyond = exchange("q=" + marker + "&offset=10");
        assertThat(beyond.body()).isEmpty();
        assertThat(beyond.header("X-Total-Count"))
                .as("the total even past the end")
                .isEqualTo("3");
    }

    @Test
    void aHiringManagerListsOnlyTheirOwnAndBadParametersAreProblems() throws Exception {
        String marker = marker();
        String theirs = vacancy("Electrician " + marker, null, "Wiring");
        vacancy("Plumber " + marker, null, "Pipes");
        Member manager = member(Role.HIRING_MANAGER);
        assign(manager, theirs);

        JsonNode listed = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/v1/vacancies?q=" + marker).bearerAuth(manager.token()), JsonNode.class);
        assertThat(ids(listed)).containsExactly(theirs);
        assertThat(problem(auth(HttpRequest.GET("/api/v1/vacancies?sort=salary")), 400)
                        .get("detail")
                        .asText())
                .isEqualTo("sort must be one of [NEWEST, OLDEST, UPDATED, TITLE, CANDIDATES], not 'salary'.");
        assertThat(ids(client.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/api/v1/vacancies?status=open&sort=title&q=" + marker)
                                        .bearerAuth(manager.token()),
                                JsonNode.class)))
                .as("options in any case")
                .containsExactly(theirs);
        problem(auth(HttpRequest.GET("/api/v1/vacancies?status=DRAFT")), 400);
        problem(auth(HttpRequest.GET("/api/v1/vacancies?limit=0")), 400);
        problem(auth(HttpRequest.GET("/api/v1/vacancies?q=" + "x".repeat(201))), 400);
    }

    private static String marker() {
        return "m" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String vacancy(String title, String location, String skill) {
        var body =
                new HashMap<String, Object>(Map.of("title", title, "language", "en", "mustHaveSkills", List.of(skill)));
        if (location != null) {
            body.put("location", location);
        }
        return call(HttpRequest.POST("/api/v1/vacancies", body)).get("id").asText();
    }

    private JsonNode status(String vacancy, String status) {
        return call(HttpRequest.PUT("/api/v1/vacancies/" + vacancy + "/status", Map.of("status", status)));
    }

    private JsonNode list(String query) {
        return call(HttpRequest.GET("/api/v1/vacancies?" + query));
    }

    private HttpResponse<JsonNode> exchange(String query) {
        return client.toBlocking().exchange(auth(HttpRequest.GET("/api/v1/vacancies?" + query)), JsonNode.class);
    }

    private static List<String> ids(JsonNode vacancies) {
        return vacancies.findValuesAsText("id");
    }
}
