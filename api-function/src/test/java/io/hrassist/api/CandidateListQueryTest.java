package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.domain.Role;
import io.hrassist.events.EventTypes;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The candidate list filtered by stage and by a flag of the evaluation, and sorted by score, name, upload time or stage;
 * every candidate keeps its rank by score, and an unknown option is a problem that names the known ones.
 */
@MicronautTest(transactional = false)
class CandidateListQueryTest extends CandidateApiSupport {

    @Test
    void filtersByStageAndFlagAndSortsKeepingTheRank() {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        String zoe = candidate(vacancy, "zoe.txt", 90, "Zoe Adams", "[]", "2026-01-01T10:00:00Z");
        String bob = candidate(vacancy, "bob.txt", 60, "bob Brown", flag("PROMPT_INJECTION"), "2026-01-03T10:00:00Z");
        String ann = candidate(vacancy, "ann.txt", 75, null, flag("HIDDEN_TEXT"), "2026-01-02T10:00:00Z");
        String pending = upload(vacancy, "pending.txt", bytes("Java, pending"))
                .get("candidate")
                .get("id")
                .asText();
        update("UPDATE candidate SET created_at = '2026-01-04T10:00:00Z' WHERE id = ?::uuid", pending);
        update("UPDATE candidate SET stage = 'SHORTLISTED' WHERE id IN (?::uuid, ?::uuid)", bob, pending);
        update("UPDATE candidate SET stage = 'REJECTED' WHERE id = ?::uuid", zoe);

        assertThat(ids(list(vacancy, ""))).containsExactly(zoe, ann, bob, pending);
        assertThat(ranks(list(vacancy, ""))).containsExactly("1", "2", "3", "");
        assertThat(ids(list(vacancy, "?stage=SHORTLISTED"))).containsExactly(bob, pending);
        assertThat(ranks(list(vacancy, "?stage=SHORTLISTED")))
                .as("the rank among all the vacancy's candidates, not the filtered ones")
                .containsExactly("3", "");
        assertThat(ids(list(vacancy, "?flag=PROMPT_INJECTION"))).containsExactly(bob);
        assertThat(ids(list(vacancy, "?flag=hidden_text&stage=new"))).containsExactly(ann);
        assertThat(ids(list(vacancy, "?flag=HIDDEN_TEXT&stage=REJECTED"))).isEmpty();
        assertThat(ids(list(vacancy, "?sort=NAME")))
                .as("by the resume's name, else the file's, in any case")
                .containsExactly(ann, bob, pending, zoe);
        assertThat(ids(list(vacancy, "?sort=NEWEST"))).containsExactly(pending, bob, ann, zoe);
        assertThat(ids(list(vacancy, "?sort=OLDEST"))).containsExactly(zoe, ann, bob, pending);
        assertThat(ids(list(vacancy, "?sort=STAGE")))
                .as("NEW, SHORTLISTED, …, REJECTED; by score within a stage")
                .containsExactly(ann, bob, pending, zoe);
        assertThat(ids(list(vacancy, "?sort=SCORE&stage=SHORTLISTED"))).containsExactly(bob, pending);
    }

    @Test
    void refusesUnknownOptionsNamingTheKnownOnes() throws Exception {
        String vacancy = createVacancy("Nurse", "Triage").get("id").asText();
        String path = "/api/v1/vacancies/" + vacancy + "/candidates";

        assertThat(problem(auth(HttpRequest.GET(path + "?stage=HIRING")), 400)
                        .get("detail")
                        .asText())
                .isEqualTo("stage must be one of [NEW, SHORTLISTED, INTERVIEW, OFFER, HIRED, REJECTED], not 'HIRING'.");
        assertThat(problem(auth(HttpRequest.GET(path + "?flag=SPAM")), 400)
                        .get("detail")
                        .asText())
                .isEqualTo("flag must be one of [HIDDEN_TEXT, PROMPT_INJECTION, NO_TEXT, KEYWORD_STUFFING, "
                        + "UNSUPPORTED_DOCUMENT, MODEL_DISAGREEMENT, PROTECTED_TRAIT], not 'SPAM'.");
        assertThat(problem(auth(HttpRequest.GET(path + "?sort=salary")), 400)
                        .get("detail")
                        .asText())
                .isEqualTo("sort must be one of [SCORE, NAME, NEWEST, OLDEST, STAGE], not 'salary'.");
    }

    @Test
    void aHiringManagerFiltersOnlyTheirOwnVacancyAndReadsAreAuditedAsBefore() throws Exception {
        String theirs = createVacancy("Electrician", "Wiring").get("id").asText();
        String other = createVacancy("Plumber", "Pipes").get("id").asText();
        String wired = candidate(theirs, "wired.txt", 80, "Wendy Wire", "[]", "2026-02-01T10:00:00Z");
        Member manager = member(Role.HIRING_MANAGER);
        assign(manager, theirs);

        assertThat(ids(callAs(
                        manager, HttpRequest.GET("/api/v1/vacancies/" + theirs + "/candidates?stage=NEW&sort=NAME"))))
                .containsExactly(wired);
        problem(as(manager, HttpRequest.GET("/api/v1/vacancies/" + other + "/candidates?sort=NAME")), 404);
        callAs(manager, HttpRequest.GET("/api/v1/vacancies/" + theirs + "/candidates?flag=NO_TEXT"));

        assertThat(rows("SELECT actor FROM audit_event WHERE action = 'CANDIDATES_LISTED' AND object_id = ?", theirs))
                .as("filtered reads are list reads: one entry per user within the window")
                .containsExactly(List.of(manager.username()));
    }

    /** A candidate evaluated with {@code score}, the resume's {@code name} (none: null), {@code flags}, uploaded at. */
    private String candidate(String vacancy, String file, int score, String name, String flags, String uploadedAt) {
        JsonNode uploaded = upload(vacancy, file, bytes("Java since 2015, " + file));
        String task = uploaded.get("task").get("id").asText();
        String contact = name == null ? "" : ",\"contact\":{\"name\":\"" + name + "\",\"links\":[]}";
        String data = ("{\"score\":%d,\"criteria\":[{\"name\":\"Java\",\"kind\":\"MUST_HAVE\",\"weight\":%d,"
                        + "\"status\":\"MET\",\"evidence\":[\"Java since 2015\"]},{\"name\":\"Go\",\"kind\":"
                        + "\"MUST_HAVE\",\"weight\":%d,\"status\":\"MISSING\",\"evidence\":[]}],\"flags\":%s,"
                        + "\"summary\":\"ok\",\"engine\":{\"name\":\"offline\",\"fallback\":false}%s}")
                .formatted(score, score, 100 - score, flags, contact);
        client.toBlocking().exchange(result(EventTypes.RESUME_EVALUATION_COMPLETED, task, data));
        String id = uploaded.get("candidate").get("id").asText();
        update("UPDATE candidate SET created_at = ?::timestamptz WHERE id = ?::uuid", uploadedAt, id);
        return id;
    }

    private static String flag(String type) {
        return "[{\"type\":\"" + type + "\",\"detail\":\"found\"}]";
    }

    private JsonNode list(String vacancy, String query) {
        return call(HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates" + query));
    }

    private static List<String> ids(JsonNode candidates) {
        return field(candidates, "id");
    }

    private static List<String> ranks(JsonNode candidates) {
        return field(candidates, "rank");
    }

    /** Each candidate's {@code name} field, empty where it has none. */
    private static List<String> field(JsonNode candidates, String name) {
        var values = new ArrayList<String>();
        candidates.forEach(c -> values.add(c.path(name).asText("")));
        return values;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
