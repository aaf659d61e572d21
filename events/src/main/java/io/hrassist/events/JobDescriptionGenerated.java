package io.hrassist.events;

import jakarta.annotation.Nullable;
import java.util.List;

/** Data of {@value EventTypes#JOB_DESCRIPTION_GENERATED}: a publishable job description. */
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

    /** Biased or exclusionary wording found in the text, why it matters and what to write instead. */
    public record Warning(
            String phrase,
            String category,
            String reason,
            @Nullable String suggestion) {
        public Warning {
            phrase = Checks.text(phrase, "warning.phrase", 500);
            category = Checks.text(category, "warning.category", 50);
            reason = Checks.text(reason, "warning.reason", 1000);
        }
    }
}
