package io.hrassist.ui.render;

import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidates side by side: one column each, one row per criterion of their evaluations (in the order the first
 * evaluation that has it names it), each cell that candidate's judgement of it (null where its evaluation has none).
 */
@Introspected
public record Comparison(List<Evaluation> candidates, List<Row> rows) {

    /** A criterion and each candidate's judgement of it, in the candidates' order. */
    @Introspected
    public record Row(String name, String kind, List<Evaluation.Criterion> cells) {}

    public static Comparison of(List<Evaluation> candidates) {
        Map<String, String> kinds = new LinkedHashMap<>();
        candidates.forEach(c -> c.criteria().forEach(k -> kinds.putIfAbsent(k.name(), k.kind())));
        var rows = new ArrayList<Row>();
        kinds.forEach((name, kind) -> rows.add(new Row(
                name, kind, candidates.stream().map(c -> judgement(c, name)).toList())));
        return new Comparison(candidates, rows);
    }

    private static @Nullable Evaluation.Criterion judgement(Evaluation candidate, String name) {
        return candidate.criteria().stream()
                .filter(k -> k.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
