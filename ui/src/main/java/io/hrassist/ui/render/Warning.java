package io.hrassist.ui.render;

import io.micronaut.core.annotation.Introspected;
import java.util.Locale;
import java.util.Set;

/**
 * A biased or exclusionary phrase in a job description, why it is a problem and what to write instead; from newer
 * functions also how serious it is ({@code severity} UNLAWFUL, RISK or HINT) and what the generator did with it
 * ({@code action} REPLACED by {@code replacement}, REMOVED or KEPT); empty where the result does not say.
 */
@Introspected
public record Warning(
        String phrase, String reason, String suggestion, String severity, String action, String replacement) {

    /** First words of a suggestion that is advice to the writer ("remove; …", "уберите требование"), not wording. */
    private static final Set<String> ADVICE = Set.of(
            "remove",
            "describe",
            "state",
            "say",
            "use",
            "name",
            "ask",
            "list",
            "specify",
            "write",
            "give",
            "mention",
            "delete",
            "avoid",
            "replace",
            "add",
            "уберите",
            "укажите",
            "опишите",
            "замените",
            "используйте",
            "напишите",
            "удалите",
            "назовите",
            "перечислите",
            "добавьте",
            "избегайте",
            "не");

    /** The tooltip of the highlighted phrase. */
    public String title() {
        return reason + " — " + suggestion;
    }

    /**
     * The wording one click puts in the phrase's place: the suggestion's first alternative ("motivated to grow; for
     * goals, …" gives "motivated to grow", "expert, specialist" gives "expert"); empty when the suggestion is advice to
     * the writer rather than wording.
     */
    public String offered() {
        String first = suggestion.split(";", 2)[0].split(" / ", 2)[0].split(", ", 2)[0].strip();
        String word = first.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return first.isEmpty() || ADVICE.contains(word) ? "" : first;
    }
}
