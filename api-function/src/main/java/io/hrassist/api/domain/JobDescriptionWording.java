package io.hrassist.api.domain;

import io.hrassist.events.JobDescriptionGenerated.Action;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.wording.Screening;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The wording check over a job description a recruiter wrote or edited: the phrases jd-function would have flagged
 * (unlawful first, then risks, then hints), each {@link Action#KEPT KEPT}: the text stays as written, the recruiter
 * decides. A vacancy's own allowed phrases, sent with a generation request, are not kept, so only the deployment's
 * apply here.
 */
@Singleton
public class JobDescriptionWording {

    private final Screening screening;

    JobDescriptionWording(Screening screening) {
        this.screening = screening;
    }

    public List<Warning> warnings(Vacancy vacancy, String markdown) {
        return screening.flags(markdown, vacancy.brief().language()).stream()
                .map(finding -> finding.warning(Action.KEPT))
                .sorted(Screening.MOST_SERIOUS_FIRST)
                .toList();
    }
}
