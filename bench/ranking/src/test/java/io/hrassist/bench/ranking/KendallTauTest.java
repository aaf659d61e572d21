package io.hrassist.bench.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-computed tau-b = (concordant - discordant) / sqrt((pairs - score ties) * (pairs - grade ties)). */
class KendallTauTest {

    @Test
    void correctsForTiedGrades() {
        // 6 pairs: 4 concordant, 0 discordant, 2 tied in grade only. 4 / sqrt(6 * 4).
        assertThat(KendallTau.of(new double[] {1, 2, 3, 4}, new int[] {1, 1, 2, 2}))
                .isCloseTo(0.8164965809277261, within(1e-12));
    }

    @Test
    void isNegativeWhenMostPairsDisagree() {
        // Pairs (0,1) and (0,2) discordant, (1,2) concordant: (1 - 2) / 3.
        assertThat(KendallTau.of(new double[] {3, 1, 2}, new int[] {1, 2, 3})).isCloseTo(-1.0 / 3, within(1e-12));
    }

    @Test
    void countsAnEngineThatScoresEveryoneAlikeAsNoCorrelation() {
        assertThat(KendallTau.of(new double[] {40, 40, 40}, new int[] {3, 1, 0}))
                .isZero();
    }
}
