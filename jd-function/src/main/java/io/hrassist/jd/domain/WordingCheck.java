package io.hrassist.jd.domain;

import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.events.Language;
import java.util.List;

/** Finds biased or exclusionary wording in a job description. */
public interface WordingCheck {

    List<Warning> check(String text, Language language);
}
