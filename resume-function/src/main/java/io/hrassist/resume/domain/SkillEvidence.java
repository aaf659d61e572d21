package io.hrassist.resume.domain;

import io.hrassist.events.Language;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Finds evidence of a skill. A line of work that names it makes the criterion MET. Named only in a skills list, a
 * short line, or as known weakly (the basics, a course) it is PARTIAL — except a licence or certificate, which a
 * credentials line shows. A line that denies it ("no experience with", «не работал с», "planning to learn") is never
 * evidence, and keeps the skill at PARTIAL at best however often other lines name it. A list that names the skill
 * again and again, or a line that repeats it, adds nothing, so stuffing cannot stand in for experience.
 */
final class SkillEvidence {

    private static final int MAX_EVIDENCE = 3;
    /** A list line naming a skill more often than this is stuffing, and no evidence at all. */
    private static final int MAX_MENTIONS_IN_LIST = 2;
    /** Prose names a skill a few times (РСБУ/ПБУ/ФСБУ, "VAT returns, VAT reconciliations"); more is stuffing. */
    private static final int MAX_MENTIONS_IN_PROSE = 5;
    /** A line written this many times is stuffing: none of its copies is evidence. */
    private static final int REPEATED_LINE = 3;
    /** Lists that name a skill this often in all are a stuffed keyword block. */
    private static final int REPEATED_IN_LISTS = 3;
    /** A skill named this often, mostly in lists, is stuffing even with work behind it. */
    private static final int STUFFING_MENTIONS = 10;

    private final SkillTaxonomy taxonomy;

    SkillEvidence(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * The lines that name a skill, sorted by what they show, and how often the skill is named by name (not by a tool
     * that implies it) in lists and in all, each line as often as it is repeated.
     */
    record Found(
            List<String> used,
            List<String> weak,
            List<String> listed,
            List<String> credentials,
            List<String> denied,
            int listMentions,
            int allMentions) {}

    Criterion judge(String skill, CriterionKind kind, int weight, List<String> lines, Language language) {
        Found found = find(skill, lines);
        boolean credential = taxonomy.credential(skill);
        boolean repeated =
                found.listMentions() >= REPEATED_IN_LISTS && found.used().isEmpty();
        boolean held = credential && !found.credentials().isEmpty();
        Status status = status(found, held, repeated);
        var quotes = new LinkedHashSet<>(found.used());
        if (held) {
            quotes.addAll(found.credentials());
        }
        quotes.addAll(found.weak());
        if (status != Status.MISSING && !repeated) {
            quotes.addAll(found.listed());
        }
        return new Criterion(
                skill,
                kind,
                weight,
                status,
                quotes.stream().limit(MAX_EVIDENCE).toList(),
                SkillReason.of(found, status, credential, repeated, language));
    }

    private static Status status(Found found, boolean held, boolean repeated) {
        if (!found.used().isEmpty() || held) {
            return found.denied().isEmpty() ? Status.MET : Status.PARTIAL;
        }
        // A skills list that names what another line denies ("Skills: 1C" beside «с 1С не знаком») shows nothing.
        boolean listed =
                !found.listed().isEmpty() && !repeated && found.denied().isEmpty();
        return !found.weak().isEmpty() || listed ? Status.PARTIAL : Status.MISSING;
    }

    Found find(String skill, List<String> lines) {
        Listings.Kind[] kinds = Listings.of(lines);
        var found = new Found(
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), 0, 0);
        int listMentions = 0;
        int allMentions = 0;
        var seen = new HashSet<String>();
        var copies = new HashMap<String, Integer>();
        lines.forEach(line -> copies.merge(line, 1, Integer::sum));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            List<SkillTaxonomy.Mention> mentions = taxonomy.find(skill, line);
            int named = (int) mentions.stream().filter(m -> !m.implied()).count();
            allMentions += named;
            boolean repeating = named > MAX_MENTIONS_IN_PROSE || copies.get(line) >= REPEATED_LINE;
            listMentions += kinds[i].lists() || repeating ? named : 0;
            if (mentions.isEmpty()
                    || !seen.add(line)
                    || repeating
                    || named > (kinds[i].lists() ? MAX_MENTIONS_IN_LIST : MAX_MENTIONS_IN_PROSE)) {
                continue;
            }
            sort(found, Untrusted.excerpt(line), stance(line, mentions), kinds[i]);
        }
        return new Found(
                found.used(),
                found.weak(),
                found.listed(),
                found.credentials(),
                found.denied(),
                listMentions,
                allMentions);
    }

    /**
     * A skill named mostly in lists and far more often than any resume needs, or repeated in lists with no work behind
     * it: keyword stuffing. An accountant's prose naming VAT in every line is not.
     */
    boolean stuffed(String skill, List<String> allLines) {
        Found found = find(skill, allLines);
        boolean mostlyListed = 2 * found.listMentions() >= found.allMentions();
        return found.listMentions() >= REPEATED_IN_LISTS && found.used().isEmpty()
                || found.allMentions() >= STUFFING_MENTIONS && mostlyListed;
    }

    /** How often the resume names a skill by name, repeated lines included. */
    int mentions(String skill, List<String> allLines) {
        return find(skill, allLines).allMentions();
    }

    private static Stance stance(String line, List<SkillTaxonomy.Mention> mentions) {
        return mentions.stream()
                .map(m -> Stance.of(line, m.start(), m.end()))
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    private static void sort(Found found, String quote, Stance stance, Listings.Kind kind) {
        switch (stance) {
            case DENIED -> found.denied().add(quote);
            case WEAK -> found.weak().add(quote);
            case USED -> {
                if (kind == Listings.Kind.LIST || kind == Listings.Kind.STUDY) {
                    found.credentials().add(quote);
                }
                if (kind == Listings.Kind.STUDY) {
                    found.weak().add(quote);
                } else {
                    (kind.lists() ? found.listed() : found.used()).add(quote);
                }
            }
        }
    }
}
