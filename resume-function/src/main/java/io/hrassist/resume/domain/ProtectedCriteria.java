package io.hrassist.resume.domain;

import io.hrassist.events.FlagDetails;
import io.hrassist.events.ProtectedTraits;
import io.hrassist.events.ResumeEvaluated.Flag;
import io.hrassist.events.ResumeEvaluated.FlagType;
import io.hrassist.events.VacancyBrief;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A vacancy skill that names a protected trait ("Male", "Native English speaker", "без детей") is never scored, nor
 * shown to a model: it is left out of the evaluation, and a {@code PROTECTED_TRAIT} flag tells the recruiter which one
 * and why. The API refuses such vacancies; this guards against those from other systems or from before.
 */
final class ProtectedCriteria {

    private ProtectedCriteria() {}

    /** {@code vacancy} without its protected-trait skills, one flag for each added to {@code flags}. */
    static VacancyBrief leftOut(VacancyBrief vacancy, List<Flag> flags) {
        List<String> mustHave = scored(vacancy.mustHaveSkills(), true, flags);
        List<String> niceToHave = scored(vacancy.niceToHaveSkills(), false, flags);
        if (mustHave.equals(vacancy.mustHaveSkills()) && niceToHave.equals(vacancy.niceToHaveSkills())) {
            return vacancy;
        }
        return new VacancyBrief(
                vacancy.title(),
                vacancy.language(),
                vacancy.seniority(),
                vacancy.location(),
                vacancy.employmentType(),
                vacancy.workFormat(),
                mustHave,
                niceToHave,
                vacancy.brief());
    }

    private static List<String> scored(List<String> skills, boolean mustHave, List<Flag> flags) {
        var kept = new ArrayList<String>();
        for (String skill : skills) {
            Optional<ProtectedTraits.Finding> found = ProtectedTraits.find(skill);
            if (found.isPresent()) {
                flags.add(new Flag(FlagType.PROTECTED_TRAIT, FlagDetails.notScored(mustHave, found.get()), skill));
            } else {
                kept.add(skill);
            }
        }
        return kept;
    }
}
