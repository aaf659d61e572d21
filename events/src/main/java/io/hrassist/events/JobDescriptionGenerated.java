package io.hrassist.events;

import jakarta.annotation.Nullable;
import java.util.List;

/** Data of {@link EventType#JOB_DESCRIPTION_GENERATED}: a publishable job description. */
public record JobDescriptionGenerated(
        String title,
        Language language,
        String markdown,
        List<Section> sections,
        List<Warning> warnings,
        List<String> assumptions,
        EngineInfo engine) {

    public JobDescriptionGenerated {
        title = Checks.text(title, "title", 200);
        language = Checks.required(language, "language");
        markdown = Checks.text(markdown, "markdown", 100_000);
        sections = Checks.list(sections, "sections", 50);
        warnings = Checks.list(warnings, "warnings", 500);
        assumptions = Checks.list(assumptions, "assumptions", 50);
        engine = Checks.required(engine, "engine");
    }

    /** A part of the job description: a paragraph, a list, or both. */
    public record Section(
            String id, String heading, @Nullable String text, List<String> items) {
        public Section {
            id = Checks.text(id, "section.id", 50);
            heading = Checks.text(heading, "section.heading", 200);
            items = Checks.list(items, "section.items", 100);
        }
    }

    /**
     * Biased or exclusionary wording found in the vacancy or the draft, why it matters and what to write instead.
     * {@code severity}, {@code action} and {@code replacement} came later and are optional: producers before them
     * leave them out.
     *
     * @param severity how serious the wording is, when the producer says
     * @param action what the generator did with the phrase in the published text
     * @param replacement what the phrase was replaced with, for {@link Action#REPLACED}
     */
    public record Warning(
            String phrase,
            String category,
            String reason,
            @Nullable String suggestion,
            @Nullable Severity severity,
            @Nullable Action action,
            @Nullable String replacement) {
        public Warning {
            phrase = Checks.text(phrase, "warning.phrase", 500);
            category = Checks.text(category, "warning.category", 50);
            reason = Checks.text(reason, "warning.reason", 1000);
            replacement = Checks.optionalText(replacement, "warning.replacement", 500);
            if (action == Action.REPLACED && replacement == null) {
                throw new IllegalArgumentException("warning.replacement is required when the phrase was replaced");
            }
        }

        /** A warning as producers before severities wrote it. */
        public Warning(String phrase, String category, String reason, @Nullable String suggestion) {
            this(phrase, category, reason, suggestion, null, null, null);
        }
    }

    /** How serious a wording problem is; the most serious comes first in a result's warnings. */
    public enum Severity {
        /** Discriminates directly on a protected ground (age, sex, origin, family, health, religion, …). */
        UNLAWFUL,
        /** Indirect discrimination or a proxy for a protected ground: lawful only when the job truly needs it. */
        RISK,
        /** Wording that narrows who applies (gender-coded words, jargon) without being unlawful. */
        HINT
    }

    /** What the generator did with a flagged phrase in the published text. */
    public enum Action {
        /** Replaced by the warning's {@code replacement}. */
        REPLACED,
        /** The sentence or list item that held it was left out. */
        REMOVED,
        /** Still in the text (the title, say): change it yourself. */
        KEPT
    }
}
