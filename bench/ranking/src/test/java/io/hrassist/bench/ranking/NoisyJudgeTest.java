package io.hrassist.bench.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.ResumeEvaluated;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stand-in model of the stability run, on the real set. */
class NoisyJudgeTest {

    private static final BenchmarkSet SET = BenchmarkSet.load(BenchmarkSetTest.DATA);
    private static final Engine ENGINE = new Engine();
    private static final Map<String, ResumeEvaluated> OFFLINE = offline();

    @Test
    void withoutNoiseGivesTheOfflineScores() {
        assertThat(noisy(0, 1))
                .isEqualTo(Scores.of(SET, (v, r) -> OFFLINE.get(r.key()).score()));
    }

    @Test
    void repeatsARunWithTheSameSeedAndVariesWithAnother() {
        Scores first = noisy(0.5, 7);

        assertThat(noisy(0.5, 7)).isEqualTo(first);
        assertThat(noisy(0.5, 8)).isNotEqualTo(first);
    }

    @Test
    void canOnlyLowerAScoreBecauseTheEngineCapsClaimsAboveItsRules() {
        Scores noisy = noisy(1, 3);

        SET.resumes()
                .forEach(r -> assertThat(noisy.of(r))
                        .as(r.key())
                        .isLessThanOrEqualTo(OFFLINE.get(r.key()).score()));
        assertThat(SET.resumes().filter(r -> noisy.of(r) < OFFLINE.get(r.key()).score()))
                .isNotEmpty();
    }

    private static Scores noisy(double noise, long seed) {
        return Scores.of(
                SET,
                (v, r) -> ENGINE.withJudge(
                                v,
                                r,
                                new NoisyJudge(
                                        OFFLINE.get(r.key()),
                                        noise,
                                        seed * 31 + r.key().hashCode()))
                        .score());
    }

    private static Map<String, ResumeEvaluated> offline() {
        var results = new HashMap<String, ResumeEvaluated>();
        for (VacancyCase vacancy : SET.vacancies()) {
            vacancy.resumes().forEach(r -> results.put(r.key(), ENGINE.offline(vacancy, r)));
        }
        return results;
    }
}
