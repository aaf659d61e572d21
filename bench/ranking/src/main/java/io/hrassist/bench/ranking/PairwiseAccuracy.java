package io.hrassist.bench.ranking;

/**
 * The share of pairs with different grades that the scores order the same way; a tie in score counts half (a coin
 * would order it). Pairs with equal grades are left out: the rubric does not order them.
 */
final class PairwiseAccuracy {

    private PairwiseAccuracy() {}

    static double of(double[] scores, int[] grades) {
        if (scores.length != grades.length) {
            throw new IllegalArgumentException("one score per grade");
        }
        double right = 0;
        int pairs = 0;
        for (int i = 0; i < grades.length; i++) {
            for (int j = i + 1; j < grades.length; j++) {
                if (grades[i] == grades[j]) {
                    continue;
                }
                pairs++;
                double agreement = Math.signum(scores[i] - scores[j]) * Math.signum(grades[i] - grades[j]);
                right += agreement > 0 ? 1 : agreement == 0 ? 0.5 : 0;
            }
        }
        if (pairs == 0) {
            throw new IllegalArgumentException("pairwise accuracy needs two different grades");
        }
        return right / pairs;
    }
}
