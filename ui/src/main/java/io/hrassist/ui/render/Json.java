package io.hrassist.ui.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reading the result data the API passes through, leniently: a missing field reads as empty. */
final class Json {

    private Json() {}

    static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        var items = new ArrayList<T>();
        if (array != null && array.isArray()) {
            array.forEach(node -> items.add(item.apply(node)));
        }
        return List.copyOf(items);
    }

    static JobDescription.Engine engine(JsonNode engine) {
        JsonNode model = engine.path("model");
        return new JobDescription.Engine(
                engine.path("name").asText("offline"),
                model.isTextual() ? model.asText() : "",
                engine.path("fallback").asBoolean(false));
    }
}
