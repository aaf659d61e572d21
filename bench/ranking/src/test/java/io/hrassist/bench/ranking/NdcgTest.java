package io.hrassist.bench.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Hand-computed examples: gain = grade, discount of position p (from 1) = log2(p + 1). */
class NdcgTest {

    private static final Offset<Double> EXACT = within(1e-9);

    @Test
    void isOneWhenTheScoresOrderTheGrades() {
        assertThat(Ndcg.at(5, new double[] {90, 80, 70, 60}, new int[] {3, 2, 1, 0}))
                .isCloseTo(1.0, EXACT);
    }

    @Test
    void discountsAGoodResumeRankedLow() {
        // Ranked: grade 0, 2, 3. DCG = 0/1 + 2/log2(3) + 3/log2(4) = 2.761860; ideal = 3/1 + 2/log2(3) = 4.261860.
        assertThat(Ndcg.at(5, new double[] {70, 80, 90}, new int[] {3, 2, 0})).isCloseTo(0.6480409554829326, EXACT);
    }

    @Test
    void givesTiedScoresTheMeanGainOfTheirGroup() {
        // Both orders of the tie are as likely: each position earns (3 + 0) / 2. DCG = 1.5 * (1 + 1/log2(3)).
        assertThat(Ndcg.at(5, new double[] {50, 50}, new int[] {3, 0})).isCloseTo(0.8154648767857288, EXACT);
        assertThat(Ndcg.at(5, new double[] {50, 50}, new int[] {0, 3})).isCloseTo(0.8154648767857288, EXACT);
    }

    @Test
    void countsOnlyPositionsAboveTheCutOff() {
        // Top 2: grade 0, 1. DCG@2 = 1/log2(3); ideal@2 = 3 + 1/log2(3). The grade 3 at position 3 earns nothing.
        assertThat(Ndcg.at(2, new double[] {9, 8, 7}, new int[] {0, 1, 3})).isCloseTo(0.17376534287144002, EXACT);
    }

    @Test
    void splitsATieAcrossTheCutOff() {
        // One position above the cut-off, two tied resumes for it: it earns (3 + 1) / 2 of the ideal 3.
        assertThat(Ndcg.at(1, new double[] {5, 5}, new int[] {3, 1})).isCloseTo(2.0 / 3, EXACT);
    }

    @Test
    void refusesAListWithNothingToFind() {
        assertThatThrownBy(() -> Ndcg.at(5, new double[] {1, 2}, new int[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive grade");
        assertThatThrownBy(() -> Ndcg.at(5, new double[] {1}, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
