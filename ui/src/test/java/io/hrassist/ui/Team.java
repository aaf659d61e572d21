package io.hrassist.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * The hiring team's side of a workspace, made through the real API: evaluations that name the person, and a candidate
 * with a decision, a note and interview feedback, so that every part of a candidate's page has something to show.
 */
final class Team {

    private Team() {}

    /** An evaluation as {@link Workspace#evaluation} writes it, with the contact details the resume function found. */
    static String evaluationOf(String name, String email, int score) {
        return Workspace.evaluation(score, false, null)
                .replaceFirst(
                        "\\{",
                        "{\"contact\":{\"name\":\"%s\",\"email\":\"%s\",\"phone\":\"+49 30 1234567\",\"links\":[]},"
                                .formatted(name, email));
    }

    /** The workspace's best candidate, shortlisted with a reason, with a note and the admin's interview feedback. */
    static UUID decidedCandidate(TestApi api, Workspace work) {
        JsonNode best =
                api.get("/api/v1/vacancies/" + work.vacancy() + "/candidates").get(0);
        UUID id = UUID.fromString(best.get("id").asText());
        boolean ru = work.language().equals("ru");
        api.put(
                "/api/v1/candidates/" + id + "/stage",
                "{\"stage\":\"SHORTLISTED\",\"reason\":\"%s\"}"
                        .formatted(ru ? "Сильный опыт с PostgreSQL" : "Strong PostgreSQL experience"));
        api.post(
                "/api/v1/candidates/" + id + "/notes",
                "{\"text\":\"%s\"}".formatted(ru ? "Позвонить во вторник" : "Call on Tuesday"));
        api.put("/api/v1/candidates/" + id + "/feedback", """
                {"ratings":[{"questionId":1,"rating":4},{"questionId":2,"rating":null}],"recommendation":"YES",
                 "comment":"%s"}
                """.formatted(ru ? "Уверенные ответы" : "Confident answers"));
        return id;
    }
}
