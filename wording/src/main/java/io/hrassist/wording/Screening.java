package io.hrassist.wording;

import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.events.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Which phrases of a text to flag: the wording check's findings, less those an allowed phrase covers, and of
 * overlapping findings only the most serious (then the longest), so that "young man" is one problem, not two.
 */
public final class Screening {

    /** Unlawful first, then risks, then hints; within a severity, in the order found. */
    public static final Comparator<Warning> MOST_SERIOUS_FIRST = Comparator.comparingInt(
            w -> w.severity() == null ? Integer.MAX_VALUE : w.severity().ordinal());

    private final WordingCheck check;
    private final AllowedPhrases allowed;

    public Screening(WordingCheck check, Collection<String> allowedPhrases) {
        this(check, AllowedPhrases.of(allowedPhrases));
    }

    private Screening(WordingCheck check, AllowedPhrases allowed) {
        this.check = check;
        this.allowed = allowed;
    }

    /** This screening with {@code more} phrases allowed, a vacancy's own for example. */
    public Screening allowing(Collection<String> more) {
        return more.isEmpty() ? this : new Screening(check, allowed.and(more));
    }

    /** The phrases to flag in {@code text}, in order of position, none overlapping another. */
    public List<Finding> flags(String text, Language language) {
        String folded = Folding.fold(text);
        List<Finding> found = check.find(text, language).stream()
                .filter(finding -> !allowed.covers(folded, finding))
                .sorted(Comparator.comparingInt((Finding f) -> f.severity().ordinal())
                        .thenComparing(Comparator.comparingInt((Finding f) -> f.end() - f.start())
                                .reversed()))
                .toList();
        var kept = new ArrayList<Finding>();
        for (Finding finding : found) {
            if (kept.stream().noneMatch(finding::overlaps)) {
                kept.add(finding);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }
}
