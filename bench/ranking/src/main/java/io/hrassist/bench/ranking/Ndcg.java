package io.hrassist.bench.ranking;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Normalized discounted cumulative gain at a cut-off: the grade is the gain (linear, 0-3), position {@code p} (from 1)
 * is discounted by {@code log2(p + 1)}. Resumes with equal scores are an unordered group, so each of its positions
 * earns the group's mean gain: the expected DCG over the group's orders (McSherry and Najork, ECIR 2008). Without that,
 * the file order would decide ties, and an engine that scores everything alike could look good by chance.
 */
final class Ndcg {

    private Ndcg() {}

    /** NDCG@k of {@code scores} (higher ranks first) against {@code grades}, index by index. */
    static double at(int k, double[] scores, int[] grades) {
        if (scores.length != grades.length || k < 1) {
            throw new IllegalArgumentException("one score per grade and a cut-off of at least 1");
        }
        double ideal = idealDcg(k, grades);
        if (ideal == 0) {
            throw new IllegalArgumentException("NDCG needs at least one positive grade");
        }
        return dcg(k, scores, grades) / ideal;
    }

    private static double dcg(int k, double[] scores, int[] grades) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> -scores[i]));
        double dcg = 0;
        int start = 0;
        while (start < order.length && start < k) {
            int end = start;
            double gains = 0;
            while (end < order.length && scores[order[end]] == scores[order[start]]) {
                gains += grades[order[end]];
                end++;
            }
            dcg += gains / (end - start) * discounts(start, Math.min(end, k));
            start = end;
        }
        return dcg;
    }

    private static double idealDcg(int k, int[] grades) {
        int[] best = IntStream.of(grades)
                .boxed()
                .sorted(Comparator.reverseOrder())
                .mapToInt(Integer::intValue)
                .toArray();
        double dcg = 0;
        for (int p = 0; p < Math.min(k, best.length); p++) {
            dcg += best[p] * discount(p);
        }
        return dcg;
    }

    /** The summed discounts of 0-based positions {@code from} (inclusive) to {@code to} (exclusive). */
    private static double discounts(int from, int to) {
        double sum = 0;
        for (int p = from; p < to; p++) {
            sum += discount(p);
        }
        return sum;
    }

    private static double discount(int position) {
        return 1 / (Math.log(position + 2) / Math.log(2));
    }
}
