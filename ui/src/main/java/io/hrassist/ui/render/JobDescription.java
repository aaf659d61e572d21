package io.hrassist.ui.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** A generated job description ready to show: its Markdown, the safe HTML with highlights, and the warnings. */
@Introspected
public record JobDescription(
        String title, String markdown, String html, List<Warning> warnings, List<String> assumptions, Engine engine) {

    /** What wrote the text: the engine's name, the model (blank for none), and whether it stood in for a model. */
    @Introspected
    public record Engine(String name, String model, boolean fallback) {}

    public static JobDescription of(JsonNode result) {
        List<Warning> warnings = Json.list(
                result.path("warnings"),
                w -> new Warning(
                        w.path("phrase").asText(""),
                        w.path("reason").asText(""),
                        w.path("suggestion").asText(""),
                        w.path("severity").asText(""),
                        w.path("action").asText(""),
                        w.path("replacement").asText("")));
        String markdown = result.path("markdown").asText("");
        return new JobDescription(
                result.path("title").asText(""),
                markdown,
                Markdown.toHtml(markdown, warnings),
                warnings,
                Json.list(result.path("assumptions"), JsonNode::asText),
                Json.engine(result.path("engine")));
    }
}
