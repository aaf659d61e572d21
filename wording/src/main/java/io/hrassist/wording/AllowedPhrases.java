package io.hrassist.wording;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Phrases the wording check never flags: a lawful exception someone has checked, such as a genuine occupational
 * requirement of one vacancy or of every vacancy of a deployment. A finding that overlaps an allowed phrase where it
 * stands in the text is dropped; case and ё/е do not matter.
 */
record AllowedPhrases(List<String> folded) {

    static final AllowedPhrases NONE = new AllowedPhrases(List.of());

    AllowedPhrases {
        folded = folded.stream()
                .map(String::strip)
                .filter(phrase -> !phrase.isEmpty())
                .map(Folding::fold)
                .distinct()
                .toList();
    }

    static AllowedPhrases of(Collection<String> phrases) {
        return new AllowedPhrases(List.copyOf(phrases));
    }

    AllowedPhrases and(Collection<String> more) {
        return new AllowedPhrases(Stream.concat(folded.stream(), more.stream()).toList());
    }

    /** Whether {@code finding} overlaps an allowed phrase in {@code foldedText}. */
    boolean covers(String foldedText, Finding finding) {
        for (String phrase : folded) {
            for (int at = foldedText.indexOf(phrase); at >= 0; at = foldedText.indexOf(phrase, at + 1)) {
                if (at < finding.end() && finding.start() < at + phrase.length()) {
                    return true;
                }
            }
        }
        return false;
    }
}
