package io.hrassist.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells whether a vacancy criterion names a protected trait — sex or gender, age, family status, religion, national or
 * ethnic origin, disability or health, sexual orientation, political opinion or union membership — in English or
 * Russian, by the lexicon {@code protected-traits.tsv} beside this class. No candidate may be scored on such a
 * criterion: the API refuses a vacancy that has one, and the resume engine leaves one it receives (from another system
 * or an older vacancy) unscored and says so. One detector for both, so they never disagree.
 */
public final class ProtectedTraits {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final List<Rule> RULES = load();

    private ProtectedTraits() {}

    /** The protected trait {@code criterion} names, if it names one. */
    public static Optional<Finding> find(String criterion) {
        String text = normalize(criterion);
        return RULES.stream()
                .filter(rule -> rule.pattern().matcher(text).find())
                .findFirst()
                .map(rule -> new Finding(criterion.strip().replaceAll("\\s+", " "), rule.trait()));
    }

    /** A criterion and the protected trait it names. */
    public record Finding(String criterion, String trait) {

        /**
         * The trait as a stable code for machines and translations: its name in capitals with underscores
         * ({@code SEX_OR_GENDER}, {@code AGE}, {@code FAMILY_STATUS}, {@code RELIGION_OR_BELIEF}, {@code
         * NATIONAL_OR_ETHNIC_ORIGIN}, {@code DISABILITY_OR_HEALTH}, {@code SEXUAL_ORIENTATION}, {@code
         * POLITICAL_OPINION_OR_UNION_MEMBERSHIP}).
         */
        public String code() {
            return trait.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
        }

        /** Why the criterion may not decide anything, in a sentence that names it. */
        public String reason() {
            return "\"%s\" names a protected trait (%s); candidates must not be scored on it."
                    .formatted(criterion, trait);
        }
    }

    private record Rule(String trait, Pattern pattern) {}

    private static String normalize(String criterion) {
        return criterion
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static List<Rule> load() {
        try (InputStream in = ProtectedTraits.class.getResourceAsStream("protected-traits.tsv")) {
            if (in == null) {
                throw new IllegalStateException("Missing protected-traits.tsv beside " + ProtectedTraits.class);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(columns -> new Rule(columns[0], Pattern.compile(columns[1], FLAGS)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
