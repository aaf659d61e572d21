package io.hrassist.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.ListCandidates;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A vacancy's ranked candidates as CSV for a spreadsheet: one row a candidate in rank order. Text that came from a
 * resume or a person is data, never a formula: a cell that would start with {@code = + - @} or a control character is
 * prefixed with an apostrophe (the OWASP advice against CSV injection).
 */
final class CandidatesCsv {

    static final List<String> HEADER = List.of(
            "rank",
            "name",
            "stage",
            "score",
            "evaluation",
            "stale",
            "must-have met",
            "nice-to-have met",
            "flags",
            "uploaded",
            "candidate id");

    private CandidatesCsv() {}

    static String of(List<ListCandidates.Ranked> ranked, ObjectMapper mapper) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().get())) {
            csv.printRecord(HEADER);
            int rank = 0;
            for (ListCandidates.Ranked r : ranked) {
                Candidate c = r.candidate();
                JsonNode evaluation = evaluation(c.evaluation(), mapper);
                csv.printRecord(
                        c.score() == null ? "" : Integer.toString(++rank),
                        safe(c.displayName()),
                        c.stage(),
                        c.score() == null ? "" : c.score(),
                        c.evaluationStatus() == null ? "" : c.evaluationStatus(),
                        r.stale(),
                        met(evaluation, "MUST_HAVE"),
                        met(evaluation, "NICE_TO_HAVE"),
                        flags(evaluation),
                        c.createdAt(),
                        c.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet shows as text, whatever it starts with. */
    static String safe(String text) {
        if (!text.isEmpty() && "=+-@\t\r\n".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static JsonNode evaluation(String json, ObjectMapper mapper) {
        if (json == null) {
            return mapper.missingNode();
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored evaluation is not JSON", e);
        }
    }

    /** "met of all" for one kind of criterion, PARTIAL not counted; empty before an evaluation. */
    private static String met(JsonNode evaluation, String kind) {
        if (evaluation.isMissingNode()) {
            return "";
        }
        int all = 0;
        int met = 0;
        for (JsonNode criterion : evaluation.path("criteria")) {
            if (kind.equals(criterion.path("kind").asText())) {
                all++;
                met += "MET".equals(criterion.path("status").asText()) ? 1 : 0;
            }
        }
        return met + " of " + all;
    }

    private static String flags(JsonNode evaluation) {
        List<String> types = new ArrayList<>();
        evaluation.path("flags").forEach(flag -> types.add(flag.path("type").asText()));
        return String.join("; ", types.stream().distinct().toList());
    }
}
