package io.hrassist.bench.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairwiseAccuracyTest {

    @Test
    void countsATieInScoreAsHalfRight() {
        // Six pairs of different grades: five ordered right, (80 grade 1, 80 grade 2) tied.
        assertThat(PairwiseAccuracy.of(new double[] {90, 80, 80, 10}, new int[] {3, 1, 2, 0}))
                .isCloseTo(5.5 / 6, within(1e-12));
    }

    @Test
    void leavesOutPairsOfEqualGrade() {
        // Only (0,2) and (1,2) count, both ordered wrong; the equal-grade pair (0,1) is not judged.
        assertThat(PairwiseAccuracy.of(new double[] {10, 20, 30}, new int[] {1, 1, 0}))
                .isZero();
    }

    @Test
    void refusesAListWithOneGrade() {
        assertThatThrownBy(() -> PairwiseAccuracy.of(new double[] {1, 2}, new int[] {2, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
