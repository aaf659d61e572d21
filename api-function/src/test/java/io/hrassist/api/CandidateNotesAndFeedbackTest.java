package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.domain.Role;
import io.hrassist.events.EventType;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Notes by the hiring team and interview feedback per interviewer on the vacancy's kit. */
@MicronautTest(transactional = false)
class CandidateNotesAndFeedbackTest extends CandidateApiSupport {

    @Test
    void recruitersAndAssignedHiringManagersWriteAndReadNotes() throws Exception {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        String id = candidate(vacancy);
        Member manager = member(Role.HIRING_MANAGER);
        assign(manager, vacancy);

        HttpResponse<JsonNode> added =
                client.toBlocking().exchange(note(id, "Strong on databases, ask about Kafka"), JsonNode.class);
        callAs(manager, HttpRequest.POST("/api/v1/candidates/" + id + "/notes", Map.of("text", "  Met at a meetup  ")));

        assertThat(added.code()).isEqualTo(201);
        assertThat(added.body().get("author").asText()).isEqualTo("admin");
        JsonNode notes = callAs(manager, HttpRequest.GET("/api/v1/candidates/" + id + "/notes"));
        assertThat(notes)
                .extracting(n -> n.get("author").asText() + ": " + n.get("text").asText())
                .containsExactly(
                        "admin: Strong on databases, ask about Kafka", manager.username() + ": Met at a meetup");
        assertThat(call(HttpRequest.GET("/api/v1/candidates/" + id)).get("notes"))
                .hasSize(2);
        assertThat(audit(id))
                .extracting(row -> row.get(1))
                .contains("CANDIDATE_NOTE_ADDED")
                .allSatisfy(action -> assertThat(action).isNotBlank());
        assertThat(audit(id))
                .allSatisfy(row -> assertThat(String.valueOf(row.get(2))).doesNotContain("Kafka"));
        assertThat(audit(id))
                .as("reading the notes is a view of the candidate")
                .extracting(row -> row.get(0) + " " + row.get(1) + " " + row.get(2))
                .contains(manager.username() + " CANDIDATE_VIEWED {\"part\":\"notes\"}");
        problem(note(id, " "), 400);
        problem(note(id, "x".repeat(5001)), 400);
        problem(
                as(
                        member(Role.HIRING_MANAGER),
                        HttpRequest.POST("/api/v1/candidates/" + id + "/notes", Map.of("text", "hi"))),
                404);
    }

    @Test
    void anInterviewerSeesTheOthersFeedbackOnlyAfterSubmittingTheirOwn() {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        String kit = kit(vacancy, "Explain MVCC", "Design a rate limiter", "Tell us about a conflict");
        String id = candidate(vacancy);
        Member first = member(Role.HIRING_MANAGER);
        Member second = member(Role.HIRING_MANAGER);
        assign(first, vacancy);
        assign(second, vacancy);

        JsonNode kept = callAs(first, feedback(id, Map.of(1, 4, 3, 2), "YES", "Solid on databases"));
        JsonNode before = callAs(second, HttpRequest.GET("/api/v1/candidates/" + id + "/feedback"));
        callAs(second, feedback(id, Map.of(2, 5), "STRONG_YES", "Great design thinking"));
        JsonNode after = callAs(second, HttpRequest.GET("/api/v1/candidates/" + id + "/feedback"));
        JsonNode recruiterView =
                callAs(member(Role.RECRUITER), HttpRequest.GET("/api/v1/candidates/" + id + "/feedback"));

        assertThat(kept.get("kitId").asText()).isEqualTo(kit);
        assertThat(kept.get("ratings"))
                .extracting(
                        r -> r.get("questionId").asInt() + "=" + r.get("rating").asText())
                .containsExactly("1=4", "2=null", "3=2");
        assertThat(kept.get("ratings").get(1).get("question").asText()).isEqualTo("Design a rate limiter");
        assertThat(before.get("kit").get("id").asText()).isEqualTo(kit);
        assertThat(before.get("kit").get("questions"))
                .extracting(q -> q.get("text").asText())
                .containsExactly("Explain MVCC", "Design a rate limiter", "Tell us about a conflict");
        assertThat(before.get("feedback")).isEmpty();
        assertThat(before.get("hidden").asInt()).isEqualTo(1);
        assertThat(before.get("submitted").asBoolean()).isFalse();
        assertThat(after.get("feedback"))
                .extracting(f -> f.get("interviewer").asText())
                .containsExactly(first.username(), second.username());
        assertThat(after.get("hidden").asInt()).isZero();
        assertThat(after.get("submitted").asBoolean()).isTrue();
        assertThat(recruiterView.get("feedback")).hasSize(2);
        assertThat(recruiterView.get("submitted").asBoolean()).isFalse();
        assertThat(callAs(first, HttpRequest.GET("/api/v1/candidates/" + id))
                        .get("feedback")
                        .get("feedback"))
                .hasSize(2);
        assertThat(audit(id))
                .extracting(row -> row.get(1))
                .filteredOn("INTERVIEW_FEEDBACK_SUBMITTED"::equals)
                .hasSize(2);
        assertThat(audit(id))
                .as("reading the feedback is a view of the candidate")
                .extracting(row -> row.get(0) + " " + row.get(1) + " " + row.get(2))
                .filteredOn(entry -> entry.endsWith("CANDIDATE_VIEWED {\"part\":\"feedback\"}"))
                .hasSize(3)
                .contains(second.username() + " CANDIDATE_VIEWED {\"part\":\"feedback\"}");
    }

    @Test
    void anInterviewerRevisesTheirOwnFeedback() throws Exception {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        kit(vacancy, "Explain MVCC");
        String id = candidate(vacancy);

        JsonNode first = call(feedback(id, Map.of(1, 2), "NO", "Unsure"));
        Thread.sleep(5);
        JsonNode revised = call(feedback(id, Map.of(1, 4), "YES", "Convinced after the second round"));

        assertThat(revised.get("submittedAt").asText())
                .isEqualTo(first.get("submittedAt").asText());
        assertThat(revised.get("updatedAt").asText())
                .isNotEqualTo(first.get("updatedAt").asText());
        JsonNode all =
                call(HttpRequest.GET("/api/v1/candidates/" + id + "/feedback")).get("feedback");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("recommendation").asText()).isEqualTo("YES");
        assertThat(all.get(0).get("ratings").get(0).get("rating").asInt()).isEqualTo(4);
    }

    @Test
    void refusesFeedbackThatDoesNotFitTheKit() throws Exception {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        String id = candidate(vacancy);

        JsonNode noKit = call(feedback(id, Map.of(), "NO", "No kit yet, talked about the CV"));
        assertThat(noKit.get("ratings")).isEmpty();
        assertThat(problem(auth(feedback(id, Map.of(1, 3), "YES", "ok")), 400)
                        .get("detail")
                        .asText())
                .contains("no interview kit");
        kit(vacancy, "Explain MVCC", "Design a rate limiter");
        String otherKit = kit(createVacancy("Other").get("id").asText(), "Unrelated");

        assertThat(problem(auth(feedback(id, Map.of(3, 3), "YES", "ok")), 400)
                        .get("detail")
                        .asText())
                .contains("Question 3 is not in the kit (1 to 2)");
        problem(auth(feedback(id, Map.of(1, 6), "YES", "ok")), 400);
        problem(auth(feedback(id, Map.of(1, 3), "MAYBE", "ok")), 400);
        problem(auth(feedback(id, Map.of(1, 3), "YES", " ")), 400);
        var foreign = new HashMap<String, Object>(Map.of("kitId", otherKit, "recommendation", "YES", "comment", "ok"));
        assertThat(problem(auth(HttpRequest.PUT("/api/v1/candidates/" + id + "/feedback", foreign)), 400)
                        .get("detail")
                        .asText())
                .contains("is not one of this candidate's vacancy");
    }

    private io.micronaut.http.MutableHttpRequest<Map<String, Object>> feedback(
            String id, Map<Integer, Integer> ratings, String recommendation, String comment) {
        var answers = new ArrayList<Map<String, Object>>();
        ratings.forEach((question, rating) -> answers.add(Map.of("questionId", question, "rating", rating)));
        answers.sort(java.util.Comparator.comparing(a -> (Integer) a.get("questionId")));
        Map<String, Object> body = Map.of("ratings", answers, "recommendation", recommendation, "comment", comment);
        return HttpRequest.PUT("/api/v1/candidates/" + id + "/feedback", body);
    }

    private io.micronaut.http.MutableHttpRequest<Map<String, String>> note(String id, String text) {
        return auth(HttpRequest.POST("/api/v1/candidates/" + id + "/notes", Map.of("text", text)));
    }

    /** Generates an interview kit of {@code questions} for the vacancy; the kit's id (its task's). */
    private String kit(String vacancy, String... questions) {
        String task = call(HttpRequest.POST(
                        "/api/v1/vacancies/" + vacancy + "/interview-questions", Map.of("count", 3)))
                .get("id")
                .asText();
        List<String> items = new ArrayList<>();
        for (String question : questions) {
            items.add(("{\"text\":\"%s\",\"type\":\"TECHNICAL\",\"competency\":\"Backend\",\"goodAnswer\":[\"a\"],"
                            + "\"rubric\":[{\"score\":1,\"description\":\"poor\"},{\"score\":5,\"description\":\"great\"}]}")
                    .formatted(question));
        }
        String data = "{\"language\":\"en\",\"questions\":[" + String.join(",", items)
                + "],\"engine\":{\"name\":\"offline\",\"fallback\":false}}";
        client.toBlocking().exchange(result(EventType.INTERVIEW_QUESTIONS_GENERATED.name(), task, data));
        return task;
    }

    private String candidate(String vacancy) {
        byte[] resume = ("Resume " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        return upload(vacancy, "cv.txt", resume).get("candidate").get("id").asText();
    }
}
