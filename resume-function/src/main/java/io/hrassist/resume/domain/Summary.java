package io.hrassist.resume.domain;

import io.hrassist.events.Language;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Status;
import java.util.List;

/** One or two sentences a recruiter reads first. */
final class Summary {

    private Summary() {}

    static String of(List<Criterion> criteria, double years, Language language) {
        long must = count(criteria, CriterionKind.MUST_HAVE, null);
        long mustMet = count(criteria, CriterionKind.MUST_HAVE, Status.MET);
        long nice = count(criteria, CriterionKind.NICE_TO_HAVE, null);
        long niceMet = count(criteria, CriterionKind.NICE_TO_HAVE, Status.MET);
        List<String> missing = criteria.stream()
                .filter(c -> c.kind() == CriterionKind.MUST_HAVE && c.status() == Status.MISSING)
                .map(Criterion::name)
                .toList();
        if (language == Language.RU) {
            return "Обязательные навыки подтверждены: %d из %d, желательные: %d из %d; опыт по датам: %s.%s"
                    .formatted(
                            mustMet,
                            must,
                            niceMet,
                            nice,
                            YearsText.russian(years),
                            missing.isEmpty() ? "" : " Не найдено: " + String.join(", ", missing) + ".");
        }
        return "Must-have skills shown with evidence: %d of %d, nice-to-have: %d of %d; %s of experience by the dates.%s"
                .formatted(
                        mustMet,
                        must,
                        niceMet,
                        nice,
                        YearsText.english(years),
                        missing.isEmpty() ? "" : " Not found: " + String.join(", ", missing) + ".");
    }

    private static long count(List<Criterion> criteria, CriterionKind kind, Status status) {
        return criteria.stream()
                .filter(c -> c.kind() == kind && (status == null || c.status() == status))
                .count();
    }
}
