package io.hrassist.api.domain;

import io.hrassist.events.JobDescriptionGenerated.Action;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.wording.Finding;
import io.hrassist.wording.Folding;
import io.hrassist.wording.Screening;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The wording check over a job description a recruiter wrote or edited: the phrases jd-function would have flagged
 * (unlawful first, then risks, then hints), each {@link Action#KEPT KEPT}: the text stays as written, the recruiter
 * decides. A vacancy's own allowed phrases, sent with a generation request, are not kept, so only the deployment's
 * apply here. A phrase is warned about once however often it stands in the text (case and ё/е aside), and at most
 * {@link #MOST} warnings are given, as many as a generated job description may carry: a text made of one flagged word
 * repeated 50,000 characters long answers one warning, not thousands.
 */
@Singleton
public class JobDescriptionWording {

    static final int MOST = 500;

    private final Screening screening;

    JobDescriptionWording(Screening screening) {
        this.screening = screening;
    }

    public List<Warning> warnings(Vacancy vacancy, String markdown) {
        var once = new LinkedHashMap<String, Warning>();
        for (Finding finding : screening.flags(markdown, vacancy.brief().language())) {
            once.putIfAbsent(finding.category() + " " + Folding.fold(finding.phrase()), finding.warning(Action.KEPT));
        }
        return once.values().stream()
                .sorted(Screening.MOST_SERIOUS_FIRST)
                .limit(MOST)
                .toList();
    }
}
