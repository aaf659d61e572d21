package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.domain.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A recruiter's edits of a job description are kept, never silently overwritten, read by the team, marked stale. */
@MicronautTest(transactional = false)
class JobDescriptionEditTest extends CandidateApiSupport {

    @Test
    void keepsEditsAndRefusesOneMadeFromAnOlderVersion() throws Exception {
        String vacancy =
                createVacancy("Warehouse Operative", "Forklift").get("id").asText();
        String path = "/api/v1/vacancies/" + vacancy + "/job-description";
        problem(auth(HttpRequest.GET(path)), 404);

        JsonNode first = call(HttpRequest.PUT(path, edit("# Warehouse Operative\n\nFirst draft", null)));
        assertThat(first.get("version").asLong()).isZero();
        assertThat(first.get("editedBy").asText()).isEqualTo("admin");

        JsonNode second = call(HttpRequest.PUT(path, edit("# Warehouse Operative\n\nSecond tab", 0L)));
        assertThat(second.get("version").asLong()).isEqualTo(1);
        JsonNode lost = problem(auth(HttpRequest.PUT(path, edit("# Warehouse Operative\n\nFirst tab", 0L))), 409);
        assertThat(lost.get("detail").asText()).contains("version 0", "version 1");
        problem(auth(HttpRequest.PUT(path, edit("# Someone new", null))), 409);

        JsonNode kept = call(HttpRequest.GET(path));
        assertThat(kept.get("markdown").asText()).endsWith("Second tab");
        assertThat(kept.get("stale").asBoolean()).isFalse();
        JsonNode audit = call(HttpRequest.GET("/api/v1/audit-events?action=VACANCY_CHANGED&object=" + vacancy));
        assertThat(audit.findValuesAsText("version")).containsExactly("1", "0");
        assertThat(audit.toString()).doesNotContain("Second tab");
    }

    @Test
    void theTeamReadsItAndAVacancyChangeMakesItStale() throws Exception {
        JsonNode created = createVacancy("Cashier", "Cash handling");
        String vacancy = created.get("id").asText();
        String path = "/api/v1/vacancies/" + vacancy + "/job-description";
        call(HttpRequest.PUT(path, edit("# Cashier", null)));
        Member manager = member(Role.HIRING_MANAGER);
        assign(manager, vacancy);

        JsonNode read = client.toBlocking().retrieve(as(manager, HttpRequest.GET(path)), JsonNode.class);
        assertThat(read.get("markdown").asText()).isEqualTo("# Cashier");
        problem(as(manager, HttpRequest.PUT(path, edit("# Mine", 0L))), 403);

        call(HttpRequest.PUT(
                "/api/v1/vacancies/" + vacancy,
                Map.of(
                        "title",
                        "Senior Cashier",
                        "language",
                        "en",
                        "mustHaveSkills",
                        List.of("Cash handling"),
                        "version",
                        created.get("version").asLong())));
        assertThat(call(HttpRequest.GET(path)).get("stale").asBoolean()).isTrue();
    }

    @Test
    void refusesAnEmptyOrOverlongText() throws Exception {
        String path = "/api/v1/vacancies/" + createVacancy("Teacher").get("id").asText() + "/job-description";

        problem(auth(HttpRequest.PUT(path, edit(" ", null))), 400);
        assertThat(problem(auth(HttpRequest.PUT(path, edit("x".repeat(50_001), null))), 400)
                        .get("detail")
                        .asText())
                .contains("markdown");
        problem(auth(HttpRequest.PUT(path, edit("# Teacher", -1L))), 400);
    }

    @Test
    void theWordingCheckWarnsAboutWhatAnEditSaysAndKeepsTheText() throws Exception {
        String vacancy = call(HttpRequest.POST(
                        "/api/v1/vacancies",
                        Map.of("title", "Кассир", "language", "ru", "mustHaveSkills", List.of("Работа с кассой"))))
                .get("id")
                .asText();
        String path = "/api/v1/vacancies/" + vacancy + "/job-description";
        String text = "# Кассир\n\nНужна молодая девушка до 30 лет. Работа с кассой.";

        JsonNode saved = call(HttpRequest.PUT(path, edit(text, null)));

        assertThat(saved.get("markdown").asText()).isEqualTo(text);
        assertThat(saved.get("warnings").findValuesAsText("phrase"))
                .anySatisfy(phrase -> assertThat(phrase).containsIgnoringCase("девушк"))
                .anySatisfy(phrase -> assertThat(phrase).contains("30"));
        assertThat(saved.get("warnings").findValuesAsText("severity")).first().isEqualTo("UNLAWFUL");
        assertThat(saved.get("warnings").findValuesAsText("action")).containsOnly("KEPT");
        assertThat(call(HttpRequest.GET(path)).get("warnings")).isEqualTo(saved.get("warnings"));

        JsonNode fixed = call(HttpRequest.PUT(path, edit("# Кассир\n\nРабота с кассой, график 2/2.", 0L)));
        assertThat(fixed.path("warnings"))
                .as("no warnings: the list is left out")
                .isEmpty();
    }

    @Test
    void aTextMadeOfOneFlaggedWordRepeatedAnswersOneWarning() throws Exception {
        String path = "/api/v1/vacancies/" + createVacancy("Driver").get("id").asText() + "/job-description";
        String text = "# Driver\n\n" + "Young, ".repeat(7_000);
        assertThat(text.length()).isLessThanOrEqualTo(50_000);

        JsonNode saved = call(HttpRequest.PUT(path, edit(text, null)));

        assertThat(saved.get("markdown").asText()).isEqualTo(text);
        assertThat(saved.get("warnings")).hasSize(1);
        assertThat(saved.get("warnings").get(0).get("phrase").asText()).isEqualTo("Young");
    }

    private static Map<String, Object> edit(String markdown, Long version) {
        var body = new HashMap<String, Object>(Map.of("markdown", markdown));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }
}
