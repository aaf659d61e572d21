package io.hrassist.bench.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The regression guard of issue #17: the offline engine keeps the held-in half ranked at least as well as measured on
 * the commit in {@code held-in-floor.properties}, and gives the same scores every run. Raise the floor in that file
 * when the engine gets better; the held-out half is never asserted (see {@code rubric.md}).
 */
class HeldInFloorTest {

    private static final BenchmarkSet SET = BenchmarkSet.load(BenchmarkSetTest.DATA);
    private final Engine engine = new Engine();

    @Test
    void keepsTheHeldInRankingAboveTheFloor() {
        Scores scores = Scores.of(SET, (v, r) -> engine.offline(v, r).score());
        Results results = Results.of(SET, scores);
        Metrics floor = floor();

        assertThat(results.overall(View.HELD_IN))
                .as(
                        "held-in means against the floor %s:%n%s",
                        floor, new Report().figures(SET, results).text())
                .matches(measured -> measured.atLeast(floor));
    }

    @Test
    void givesEveryResumeTheSameScoreInEveryRun() {
        Scores first = Scores.of(SET, (v, r) -> engine.offline(v, r).score());

        assertThat(Stability.offline(SET, new Engine(), first, 3).differing()).isEmpty();
    }

    static Metrics floor() {
        var properties = new Properties();
        try (InputStream in = HeldInFloorTest.class.getResourceAsStream("/held-in-floor.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Metrics(
                Double.parseDouble(properties.getProperty("ndcg-at-5")),
                Double.parseDouble(properties.getProperty("kendall-tau-b")),
                Double.parseDouble(properties.getProperty("pairwise-accuracy")));
    }
}
