package io.hrassist.bench.ranking;

import java.util.List;

/** The three ranking figures of one list of graded, scored resumes, or their means over several lists. */
public record Metrics(double ndcgAt5, double kendallTau, double pairwiseAccuracy) {

    public static final int CUT_OFF = 5;

    public static Metrics of(double[] scores, int[] grades) {
        return new Metrics(
                Ndcg.at(CUT_OFF, scores, grades), KendallTau.of(scores, grades), PairwiseAccuracy.of(scores, grades));
    }

    /** The unweighted mean per figure: each vacancy counts once, however many resumes it has. */
    public static Metrics mean(List<Metrics> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no metrics to average");
        }
        return new Metrics(
                all.stream().mapToDouble(Metrics::ndcgAt5).average().orElseThrow(),
                all.stream().mapToDouble(Metrics::kendallTau).average().orElseThrow(),
                all.stream().mapToDouble(Metrics::pairwiseAccuracy).average().orElseThrow());
    }

    /** Whether every figure is at least the other's. */
    public boolean atLeast(Metrics floor) {
        return ndcgAt5 >= floor.ndcgAt5 && kendallTau >= floor.kendallTau && pairwiseAccuracy >= floor.pairwiseAccuracy;
    }
}
