package io.hrassist.bench.ranking;

import java.util.Arrays;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;

/**
 * Kendall's tau-b between score and grade (Commons Math), which corrects for ties on either side: grades tie by design
 * (four levels), and scores often tie. When every score is the same tau-b is undefined (0/0); that engine says nothing
 * about the order, so it counts as 0.
 */
final class KendallTau {

    private KendallTau() {}

    static double of(double[] scores, int[] grades) {
        double[] gradesAsDoubles = Arrays.stream(grades).asDoubleStream().toArray();
        double tau = new KendallsCorrelation().correlation(scores, gradesAsDoubles);
        return Double.isNaN(tau) ? 0 : tau;
    }
}
