package io.hrassist.ui.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Introspected;
import java.util.List;

/**
 * An interview question with what a good answer covers and its 1–5 rubric; from structured kits also the requirement
 * it tests ({@code requirementKind} MUST_HAVE, NICE_TO_HAVE or CORE; empty for kits made before), follow-up probes and
 * red flags.
 */
@Introspected
public record Question(
        String text,
        String type,
        String competency,
        List<String> goodAnswer,
        List<Level> rubric,
        String requirement,
        String requirementKind,
        List<String> followUps,
        List<String> redFlags) {

    /** One rubric level; 1, 3 and 5 are the anchors the interviewer listens for. */
    @Introspected
    public record Level(int score, String description) {

        public boolean anchor() {
            return score % 2 == 1;
        }
    }

    public static List<Question> of(JsonNode result) {
        return Json.list(
                result.path("questions"),
                q -> new Question(
                        q.path("text").asText(""),
                        q.path("type").asText(""),
                        q.path("competency").asText(""),
                        Json.list(q.path("goodAnswer"), JsonNode::asText),
                        Json.list(
                                q.path("rubric"),
                                l -> new Level(
                                        l.path("score").asInt(),
                                        l.path("description").asText(""))),
                        q.path("requirement").path("name").asText(""),
                        q.path("requirement").path("kind").asText(""),
                        Json.list(q.path("followUps"), JsonNode::asText),
                        Json.list(q.path("redFlags"), JsonNode::asText)));
    }
}
