package io.hrassist.bench.ranking;

import java.util.LinkedHashMap;
import java.util.Map;

/** One run's score (0-100) of every resume in the set, by {@link GradedResume#key()}. */
public record Scores(Map<String, Integer> byResume) {

    /** How one resume is scored for its vacancy. */
    @FunctionalInterface
    public interface Scorer {
        int score(VacancyCase vacancy, GradedResume resume);
    }

    public Scores {
        byResume = Map.copyOf(byResume);
    }

    public static Scores of(BenchmarkSet set, Scorer scorer) {
        var scores = new LinkedHashMap<String, Integer>();
        for (VacancyCase vacancy : set.vacancies()) {
            for (GradedResume resume : vacancy.resumes()) {
                scores.put(resume.key(), scorer.score(vacancy, resume));
            }
        }
        return new Scores(scores);
    }

    public int of(GradedResume resume) {
        Integer score = byResume.get(resume.key());
        if (score == null) {
            throw new IllegalArgumentException("no score for " + resume.key());
        }
        return score;
    }
}
