package io.hrassist.ui.web;

import java.util.List;

/**
 * The stages a candidate may be moved to from where they stand, as the API allows them: between NEW, SHORTLISTED,
 * INTERVIEW and OFFER either way, to REJECTED (with a reason) from any stage and back, to HIRED only from OFFER; from
 * HIRED only to REJECTED (an offer withdrawn, a probation not passed). The page offers only these; the API still
 * decides.
 */
final class Stages {

    static final List<String> ALL = List.of("NEW", "SHORTLISTED", "INTERVIEW", "OFFER", "HIRED", "REJECTED");
    private static final List<String> PIPELINE = ALL.subList(0, 5);

    private Stages() {}

    /** The stage the form offers first: the next one on the way to an offer, or none after a rejection or a hire. */
    static String next(String stage) {
        int at = PIPELINE.indexOf(stage);
        return at < 0 || at + 1 >= PIPELINE.size() ? "" : PIPELINE.get(at + 1);
    }

    static List<String> from(String stage) {
        if ("HIRED".equals(stage)) {
            return List.of("REJECTED");
        }
        return ALL.stream()
                .filter(to -> !to.equals(stage))
                .filter(to -> !to.equals("HIRED") || stage.equals("OFFER"))
                .toList();
    }
}
