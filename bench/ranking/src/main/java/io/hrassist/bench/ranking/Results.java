package io.hrassist.bench.ranking;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one run: per vacancy and {@link View}, and their means over the vacancies. Each vacancy is ranked on
 * its own, as a recruiter ranks one vacancy's candidates; scores are never compared across vacancies.
 */
public record Results(Map<String, Map<View, Metrics>> byVacancy) {

    public Results {
        byVacancy = Map.copyOf(byVacancy);
    }

    public static Results of(BenchmarkSet set, Scores scores) {
        var byVacancy = new LinkedHashMap<String, Map<View, Metrics>>();
        for (VacancyCase vacancy : set.vacancies()) {
            var views = new EnumMap<View, Metrics>(View.class);
            for (View view : View.values()) {
                List<GradedResume> resumes = vacancy.in(view.splits());
                double[] scored = resumes.stream().mapToDouble(scores::of).toArray();
                int[] grades = resumes.stream().mapToInt(GradedResume::grade).toArray();
                views.put(view, Metrics.of(scored, grades));
            }
            byVacancy.put(vacancy.id(), views);
        }
        return new Results(byVacancy);
    }

    public Metrics of(String vacancy, View view) {
        return byVacancy.get(vacancy).get(view);
    }

    /** The mean over the vacancies: each counts once. */
    public Metrics overall(View view) {
        return Metrics.mean(
                byVacancy.values().stream().map(views -> views.get(view)).toList());
    }
}
