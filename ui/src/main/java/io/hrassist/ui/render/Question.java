package io.hrassist.ui.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** An interview question with what a good answer covers and its 1–5 rubric. */
@Introspected
public record Question(String text, String type, String competency, List<String> goodAnswer, List<Level> rubric) {

    /** One rubric level. */
    @Introspected
    public record Level(int score, String description) {}

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
                                        l.path("description").asText("")))));
    }
}
