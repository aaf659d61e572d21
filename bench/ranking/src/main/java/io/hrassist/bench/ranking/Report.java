package io.hrassist.bench.ranking;

import io.hrassist.resume.domain.EvaluateResume;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** The benchmark's figures as Markdown, the shape {@code docs/benchmarks.md} quotes. */
final class Report {

    /** The goal of issue #17 for the offline engine on the held-out half (pairwise accuracy has none). */
    static final Metrics GOAL = new Metrics(0.9, 0.7, 0);

    private final StringBuilder out = new StringBuilder();

    String text() {
        return out.toString();
    }

    Report figures(BenchmarkSet set, Results results) {
        line(
                "Offline engine `%s`, %d vacancies, %d resumes, dates read as of %s.%n",
                EvaluateResume.VERSION,
                set.vacancies().size(),
                set.resumes().count(),
                Engine.TODAY.toString().substring(0, 10));
        line("| vacancy | lang | resumes in/out | held-in NDCG@5 | τ-b | pairs | held-out NDCG@5 | τ-b | pairs"
                + " | all NDCG@5 | τ-b | pairs |");
        line("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (VacancyCase vacancy : set.vacancies()) {
            line(
                    "| %s | %s | %d/%d | %s |",
                    vacancy.id(),
                    vacancy.brief().language().code(),
                    vacancy.in(View.HELD_IN.splits()).size(),
                    vacancy.in(View.HELD_OUT.splits()).size(),
                    cells(view -> results.of(vacancy.id(), view)));
        }
        line("| **mean** | | | %s |", cells(results::overall));
        Metrics heldOut = results.overall(View.HELD_OUT);
        line(
                "%nGoal (issue #17, held-out, offline): NDCG@5 ≥ %.2f: %.3f %s; Kendall τ-b ≥ %.2f: %.3f %s.",
                GOAL.ndcgAt5(),
                heldOut.ndcgAt5(),
                mark(heldOut.ndcgAt5() >= GOAL.ndcgAt5()),
                GOAL.kendallTau(),
                heldOut.kendallTau(),
                mark(heldOut.kendallTau() >= GOAL.kendallTau()));
        return this;
    }

    Report stability(Stability.Offline offline, Stability.ModelPath model) {
        line("%n## Stability%n");
        if (offline.differing().isEmpty()) {
            line("Offline: %d runs, every score identical in every run.", offline.runs());
        } else {
            line("Offline: %d runs, scores DIFFER for %s.", offline.runs(), offline.differing());
        }
        line(
                "%nModel path, noisy judge (each skill's claim moved a level with probability %.2f), %d seeds:%n",
                model.noise(), model.runs().size());
        line("| half | NDCG@5 min–max | τ-b min–max | pairs min–max |");
        line("| --- | --- | --- | --- |");
        for (View view : List.of(View.HELD_IN, View.HELD_OUT)) {
            List<Metrics> runs = model.runs().stream().map(r -> r.overall(view)).toList();
            line(
                    "| %s | %s | %s | %s |",
                    view.label(),
                    range(runs, Metrics::ndcgAt5),
                    range(runs, Metrics::kendallTau),
                    range(runs, Metrics::pairwiseAccuracy));
        }
        line(
                "%nScores against the offline ones: %.0f %% changed, mean |Δ| %.1f points, max %d.",
                100 * model.changedShare(), model.meanAbsoluteChange(), model.maxChange());
        return this;
    }

    /** Every resume, best score first, with its grade and the reason for it: for reading why a figure is what it is. */
    Report details(BenchmarkSet set, Scores scores) {
        line("%n## Scores and grades");
        for (VacancyCase vacancy : set.vacancies()) {
            for (Split split : Split.values()) {
                line("%n%s, %s:", vacancy.id(), split.folder());
                vacancy.in(EnumSet.of(split)).stream()
                        .sorted(Comparator.comparingInt((GradedResume r) -> scores.of(r))
                                .reversed())
                        .forEach(r -> line("  %3d  grade %d  %-36s %s", scores.of(r), r.grade(), r.file(), r.reason()));
            }
        }
        return this;
    }

    private static String cells(Function<View, Metrics> metrics) {
        var cells = new StringBuilder();
        for (View view : View.values()) {
            Metrics m = metrics.apply(view);
            cells.append(cells.isEmpty() ? "" : " | ")
                    .append(String.format(
                            Locale.ROOT, "%.3f | %.3f | %.3f", m.ndcgAt5(), m.kendallTau(), m.pairwiseAccuracy()));
        }
        return cells.toString();
    }

    private static String range(List<Metrics> runs, ToDoubleFunction<Metrics> figure) {
        double min = runs.stream().mapToDouble(figure).min().orElseThrow();
        double max = runs.stream().mapToDouble(figure).max().orElseThrow();
        return String.format(Locale.ROOT, "%.3f–%.3f", min, max);
    }

    private static String mark(boolean met) {
        return met ? "✔" : "✘ (not yet)";
    }

    /** One line of output; numbers always with a decimal point, whatever the default locale. */
    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
