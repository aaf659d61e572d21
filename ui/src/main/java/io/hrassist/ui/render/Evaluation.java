package io.hrassist.ui.render;

import io.hrassist.events.ResumeEvaluated;
import io.hrassist.ui.api.Candidate;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/** A candidate row of the ranked table: score, status, flags and the evidence per criterion. */
@Introspected
public record Evaluation(
        UUID id,
        @Nullable Integer rank,
        Candidate candidate,
        String status,
        @Nullable Integer score,
        String summary,
        List<Criterion> criteria,
        List<Flag> flags,
        @Nullable Failure failure) {

    /** One requirement, the quotes that show it, and what the engine computed from them ({@code reason}, optional). */
    @Introspected
    public record Criterion(
            String name,
            String kind,
            int weight,
            String status,
            List<String> evidence,
            @Nullable String reason) {}

    /** A finding about the document itself. */
    @Introspected
    public record Flag(String type, String detail, String excerpt) {}

    public String fileName() {
        return candidate.fileName();
    }

    /** The person's name (the file's name where the resume gave none). */
    public String name() {
        return candidate.shownName();
    }

    public String stage() {
        return candidate.stage() == null ? "NEW" : candidate.stage();
    }

    /** Evaluated against an earlier content of the vacancy. */
    public boolean stale() {
        return candidate.stale();
    }

    public boolean pending() {
        return "PENDING".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }

    /** Scored and ranked: a pending or failed candidate has neither, whatever the API's order. */
    public boolean scored() {
        return rank != null && score != null;
    }

    /** Bootstrap colour of the score bar. */
    public String tone() {
        int value = score == null ? 0 : score;
        return value >= 75 ? "success" : value >= 50 ? "warning" : "danger";
    }

    /**
     * The row of {@code candidate} with its {@code evaluation} (null while it has none); {@code rank} is its place
     * among the scored ones (null while it has no score), {@code failure} why its evaluation failed, if it did.
     */
    public static Evaluation of(
            Candidate candidate,
            @Nullable ResumeEvaluated evaluation,
            @Nullable Integer rank,
            @Nullable Failure failure) {
        String status = candidate.evaluationStatus() == null ? "PENDING" : candidate.evaluationStatus();
        if (evaluation == null) {
            return new Evaluation(
                    candidate.id(), rank, candidate, status, candidate.score(), "", List.of(), List.of(), failure);
        }
        return new Evaluation(
                candidate.id(),
                rank,
                candidate,
                status,
                candidate.score(),
                evaluation.summary(),
                evaluation.criteria().stream()
                        .map(c -> new Criterion(
                                c.name(),
                                c.kind().name(),
                                c.weight(),
                                c.status().name(),
                                c.evidence(),
                                c.reason()))
                        .toList(),
                evaluation.flags().stream()
                        .map(f -> new Flag(f.type().name(), f.detail(), f.excerpt() == null ? "" : f.excerpt()))
                        .toList(),
                failure);
    }
}
