package io.hrassist.resume.domain;

import io.hrassist.events.Language;
import io.hrassist.events.LanguageTexts;
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
        LanguageTexts texts = Texts.of(language);
        String summary = texts.format("summary", mustMet, must, niceMet, nice, YearsText.of(years, language));
        return missing.isEmpty()
                ? summary
                : summary + " " + texts.format("summary.not-found", String.join(", ", missing));
    }

    private static long count(List<Criterion> criteria, CriterionKind kind, Status status) {
        return criteria.stream()
                .filter(c -> c.kind() == kind && (status == null || c.status() == status))
                .count();
    }
}
