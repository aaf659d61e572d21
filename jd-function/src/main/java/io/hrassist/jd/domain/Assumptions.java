package io.hrassist.jd.domain;

import io.hrassist.events.LanguageTexts;
import io.hrassist.events.VacancyBrief;
import java.util.ArrayList;
import java.util.List;

/** What the text had to assume or leave out because the brief did not say, or said what may not be published. */
record Assumptions(VacancyBrief vacancy, boolean roleKnown, boolean salaryKnown, int leftOut) {

    List<String> list() {
        LanguageTexts texts = Texts.of(vacancy.language());
        var list = new ArrayList<String>();
        if (vacancy.seniority() == null) {
            list.add(texts.get("assumption.no-seniority"));
        }
        if (!roleKnown) {
            list.add(texts.get("assumption.unknown-role"));
        }
        if (vacancy.mustHaveSkills().isEmpty()) {
            list.add(texts.get("assumption.no-must-have"));
        }
        if (leftOut > 0) {
            list.add(texts.format("assumption.left-out", String.valueOf(leftOut)));
        }
        if (!salaryKnown) {
            list.add(texts.get("assumption.no-salary"));
        }
        return list;
    }
}
