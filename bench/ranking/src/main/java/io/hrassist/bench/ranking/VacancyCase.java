package io.hrassist.bench.ranking;

import io.hrassist.events.VacancyBrief;
import java.util.List;
import java.util.Set;

/** One vacancy of the set as the engine receives it, with its graded resumes of both halves. */
public record VacancyCase(String id, VacancyBrief brief, List<GradedResume> resumes) {

    public VacancyCase {
        resumes = List.copyOf(resumes);
    }

    /** The resumes of the given halves, in file order. */
    public List<GradedResume> in(Set<Split> splits) {
        return resumes.stream().filter(r -> splits.contains(r.split())).toList();
    }
}
