package io.hrassist.ui.render;

import io.hrassist.events.EngineInfo;
import io.hrassist.events.JobDescriptionGenerated;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * A job description ready to show: its Markdown, the safe HTML with highlights, and the warnings; generated, or as a
 * recruiter edited it ({@code edited}), when the generated warnings still point at what is left in the text.
 */
@Introspected
public record JobDescription(
        String title,
        String markdown,
        String html,
        List<Warning> warnings,
        List<String> assumptions,
        Engine engine,
        boolean edited) {

    /** What wrote the text: the engine's name, the model (blank for none), and whether it stood in for a model. */
    @Introspected
    public record Engine(String name, String model, boolean fallback) {

        static Engine of(EngineInfo engine) {
            return new Engine(engine.name(), text(engine.model()), engine.fallback());
        }
    }

    /** The generated job description; a part an older function left out reads as empty. */
    public static JobDescription of(JobDescriptionGenerated result) {
        List<Warning> warnings = shown(result.warnings());
        return new JobDescription(
                result.title(),
                result.markdown(),
                Markdown.toHtml(result.markdown(), warnings),
                warnings,
                result.assumptions(),
                Engine.of(result.engine()),
                false);
    }

    /**
     * A text edited with nothing generated to start from: the wording check's warnings on it (the API's), no engine,
     * the title from its heading.
     */
    public static JobDescription edited(String markdown, List<JobDescriptionGenerated.Warning> checked) {
        String title = markdown.lines()
                .filter(line -> line.startsWith("# "))
                .map(line -> line.substring(2).strip())
                .findFirst()
                .orElse("");
        return new JobDescription(
                title,
                markdown,
                Markdown.toHtml(markdown, shown(checked)),
                shown(checked),
                List.of(),
                new Engine("", "", false),
                true);
    }

    /**
     * This job description with the text a recruiter saved instead of the generated one: the wording check's warnings
     * on that text (the API's, {@code checked}), then what the generator itself replaced or left out (the edit cannot
     * undo that).
     */
    public JobDescription edit(String edited, List<JobDescriptionGenerated.Warning> checked) {
        var all = new ArrayList<>(shown(checked));
        warnings.stream()
                .filter(w -> w.action().equals("REPLACED") || w.action().equals("REMOVED"))
                .forEach(all::add);
        return new JobDescription(
                title, edited, Markdown.toHtml(edited, all), List.copyOf(all), assumptions, engine, true);
    }

    /** Whether the warning's phrase is in the text as it is now. */
    public boolean flags(Warning warning) {
        return Phrases.occurs(markdown, warning.phrase());
    }

    /** The warnings whose phrases are still in the text. */
    public List<Warning> flagged() {
        return warnings.stream().filter(this::flags).toList();
    }

    /** The warnings to show: of a generated text, the generator's; of an edited one, {@link #edit}'s. */
    public List<Warning> shownWarnings() {
        return warnings;
    }

    /** The text with the warning's phrase replaced by the wording its suggestion offers. */
    public String applying(Warning warning) {
        return Phrases.replace(markdown, warning.phrase(), warning.offered());
    }

    private static List<Warning> shown(List<JobDescriptionGenerated.Warning> warnings) {
        return warnings.stream()
                .map(w -> new Warning(
                        w.phrase(),
                        w.reason(),
                        text(w.suggestion()),
                        w.severity() == null ? "" : w.severity().name(),
                        w.action() == null ? "" : w.action().name(),
                        text(w.replacement())))
                .toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
