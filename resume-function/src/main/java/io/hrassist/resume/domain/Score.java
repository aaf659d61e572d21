package io.hrassist.resume.domain;

import io.hrassist.events.ResumeEvaluated.Criterion;
import java.util.List;

/** The score is computed in code: the weighted share of criteria met, PARTIAL counting half. */
final class Score {

    private Score() {}

    static int of(List<Criterion> criteria) {
        int total = criteria.stream().mapToInt(Criterion::weight).sum();
        if (total == 0) {
            return 0;
        }
        double earned = criteria.stream()
                .mapToDouble(c -> switch (c.status()) {
                    case MET -> c.weight();
                    case PARTIAL -> c.weight() / 2.0;
                    case MISSING -> 0;
                })
                .sum();
        return (int) Math.round(100 * earned / total);
    }
}
