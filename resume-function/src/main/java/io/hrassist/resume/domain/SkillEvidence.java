package io.hrassist.resume.domain;

import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Finds evidence of a skill: a line of work description that names it makes the criterion MET; a mention only in a
 * list of keywords or a short line makes it PARTIAL; a line repeating it, or the same line again, adds nothing, so
 * stuffing cannot stand in for experience.
 */
final class SkillEvidence {

    private static final int MAX_EVIDENCE = 3;
    /** A line naming a skill more often than this is stuffing, and no evidence at all. */
    private static final int MAX_MENTIONS_PER_LINE = 2;
    /** Shorter lines are headings or keyword lines: they show a skill is named, not that it was used. */
    private static final int MIN_PROSE_WORDS = 5;

    private final SkillTaxonomy taxonomy;

    SkillEvidence(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Criterion judge(String skill, CriterionKind kind, int weight, List<String> lines) {
        var inProse = new ArrayList<String>();
        var inLists = new ArrayList<String>();
        for (String line : new LinkedHashSet<>(lines)) {
            int found = taxonomy.mentions(skill, line);
            if (found > 0 && found <= MAX_MENTIONS_PER_LINE) {
                boolean listing = isKeywordList(line) || line.strip().split("\\s+").length < MIN_PROSE_WORDS;
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
        String[] items = line.split("[,;|•·]");
        if (items.length < 3) {
            return false;
        }
        long shortItems = java.util.Arrays.stream(items)
                .filter(i -> i.strip().split("\\s+").length <= 3)
                .count();
        return shortItems >= items.length * 0.8;
    }
}
