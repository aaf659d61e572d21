package io.hrassist.resume.domain;

import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds evidence of a skill: a line of work description that names it makes the criterion MET; a mention only in a
 * bare list of keywords, or in a line that repeats it, makes it PARTIAL, so stuffing cannot stand in for experience.
 */
final class SkillEvidence {

    private static final int MAX_EVIDENCE = 3;
    private final SkillTaxonomy taxonomy;

    SkillEvidence(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Criterion judge(String skill, CriterionKind kind, int weight, List<String> lines) {
        var inProse = new ArrayList<String>();
        var inLists = new ArrayList<String>();
        for (String line : lines) {
            int found = taxonomy.mentions(skill, line);
            if (found > 0) {
                boolean listing = found > 2 || isKeywordList(line);
                (listing ? inLists : inProse).add(Untrusted.excerpt(line));
            }
        }
        Status status = !inProse.isEmpty() ? Status.MET : !inLists.isEmpty() ? Status.PARTIAL : Status.MISSING;
        var quotes = new ArrayList<>(inProse);
        quotes.addAll(inLists);
        return new Criterion(
                skill, kind, weight, status, quotes.stream().limit(MAX_EVIDENCE).toList());
    }

    /** How often the resume names a skill, in any of its forms. */
    int mentions(String skill, String text) {
        return text.lines().mapToInt(line -> taxonomy.mentions(skill, line)).sum();
    }

    /** A line that is mostly a comma- or bullet-separated run of short items. */
    private static boolean isKeywordList(String line) {
        String[] items = line.split("[,;|•·/]");
        if (items.length < 3) {
            return false;
        }
        long shortItems = java.util.Arrays.stream(items)
                .filter(i -> i.strip().split("\\s+").length <= 3)
                .count();
        return shortItems >= items.length * 0.8;
    }
}
