package io.hrassist.ui.web;

import io.hrassist.events.FlagDetails;
import io.hrassist.ui.render.JobDescription;
import io.micronaut.context.MessageSource;
import jakarta.annotation.Nullable;
import java.util.Locale;

/**
 * Words that reach a page in English from the functions (competencies of the question bank, flag details, engine
 * names), in the page's language: every template has it as {@code texts}. A word without a translation is shown as
 * it came; a flag detail without one is left out of a page that is not English.
 */
public final class Texts {

    private final MessageSource messages;
    private final Locale locale;

    Texts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** A competency of a question ("Conflict resolution"), as {@code competency.conflict-resolution} says it. */
    public String competency(String name) {
        return message("competency." + slug(name)).orElse(name);
    }

    /** A flag's detail in the page's language, or null when there is no such text. */
    public @Nullable String flagDetail(@Nullable String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        if (locale.getLanguage().equals("en")) {
            return detail;
        }
        return FlagDetails.read(detail)
                .flatMap(said -> message(
                        "flagDetail." + said.id(),
                        said.arguments().stream().map(this::word).toArray()))
                .orElse(null);
    }

    /**
     * Why the API refused a vacancy criterion that names a protected trait: its field ({@code mustHaveSkills}), the
     * skill as written and the trait's code ({@code SEX_OR_GENDER}), as the problem's {@code protectedTraits} give them.
     */
    public String protectedTrait(String field, String skill, String trait) {
        String group = message("form.protectedTrait." + field).orElse(field);
        return message("form.protectedTrait", group, skill, word(trait)).orElse(skill);
    }

    /** The engine that wrote a result: its name, model and whether it stood in for a model that failed. */
    public String engine(JobDescription.Engine engine) {
        String name = message("engine." + engine.name()).orElse(engine.name());
        String text = engine.model().isBlank() ? name : name + " · " + engine.model();
        return engine.fallback() ? message("engine.fallback", text).orElse(text) : text;
    }

    /** A value of a flag detail: a status, a criterion's group or a protected trait in the page's language. */
    private String word(String value) {
        return message("status." + value)
                .or(() -> message("flagWord." + slug(value)))
                .orElse(value);
    }

    private java.util.Optional<String> message(String key, Object... arguments) {
        return messages.getMessage(key, locale, arguments);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }
}
