package io.hrassist.bench.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Run-to-run stability. The offline engine must give every resume the same score in every run. The model path is
 * measured with a {@link NoisyJudge} per seed: how far the figures and the scores move when the judge is noisy.
 */
final class Stability {

    private Stability() {}

    /** Offline runs after the first: the resumes whose score differed from the first run's in any of them. */
    record Offline(int runs, List<String> differing) {}

    /** Model-path runs, one seed each: their figures, and how the scores moved against the offline ones. */
    record ModelPath(double noise, List<Results> runs, double changedShare, double meanAbsoluteChange, int maxChange) {}

    static Offline offline(BenchmarkSet set, Engine engine, Scores first, int runs) {
        var differing = new ArrayList<String>();
        for (int run = 1; run < runs; run++) {
            Scores again = Scores.of(set, (v, r) -> engine.offline(v, r).score());
            set.resumes()
                    .filter(r -> again.of(r) != first.of(r) && !differing.contains(r.key()))
                    .forEach(r -> differing.add(r.key()));
        }
        return new Offline(runs, differing);
    }

    static ModelPath model(BenchmarkSet set, Engine engine, Scores offline, int runs, double noise) {
        var results = new ArrayList<Results>();
        long changed = 0;
        long total = 0;
        long changeSum = 0;
        int maxChange = 0;
        for (int run = 1; run <= runs; run++) {
            long seed = run;
            Scores scores = Scores.of(
                    set,
                    (v, r) -> engine.withJudge(
                                    v, r, new NoisyJudge(engine.offline(v, r), noise, Objects.hash(seed, r.key())))
                            .score());
            results.add(Results.of(set, scores));
            for (GradedResume resume : set.resumes().toList()) {
                int change = Math.abs(scores.of(resume) - offline.of(resume));
                changed += change == 0 ? 0 : 1;
                changeSum += change;
                maxChange = Math.max(maxChange, change);
                total++;
            }
        }
        return new ModelPath(noise, results, (double) changed / total, (double) changeSum / total, maxChange);
    }
}
