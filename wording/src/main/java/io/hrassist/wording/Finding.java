package io.hrassist.wording;

import io.hrassist.events.JobDescriptionGenerated.Action;
import io.hrassist.events.JobDescriptionGenerated.Severity;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import jakarta.annotation.Nullable;

/**
 * A phrase a wording rule flags, where it stands in the text ({@code start} inclusive, {@code end} exclusive), and
 * what the rule says about it. {@code replacement} is the rule's drop-in wording for exactly this match, when it has
 * one; without it the sentence that holds the phrase has to go. {@code title} is the neutral job title the rule gives
 * for exactly this phrase (salesman → salesperson, продавщица → продавец), when the phrase is a gendered title it knows.
 */
public record Finding(
        int start,
        int end,
        String phrase,
        String category,
        Severity severity,
        String reason,
        @Nullable String suggestion,
        @Nullable String replacement,
        @Nullable String title) {

    public Finding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a finding spans at least one character");
        }
    }

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    /** The same finding with {@code wording} as its replacement. */
    public Finding replacedBy(String wording) {
        return new Finding(start, end, phrase, category, severity, reason, suggestion, wording, title);
    }

    public Warning warning(@Nullable Action action) {
        return new Warning(
                phrase, category, reason, suggestion, severity, action, action == Action.REPLACED ? replacement : null);
    }
}
