package io.hrassist.resume.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's quote is evidence only when it is a whole line of the visible text or at least a whole clause of one
 * (bounded by the line's ends or by punctuation such as {@code . ; : ,} or a spaced dash), at least two words long, and
 * names the skill or one of its synonyms other than to deny it. A single word, a letter, a cut-off fragment, or a line about something else
 * proves nothing — and an injected resume can ask a model for exactly those.
 */
final class Quotes {

    private static final int MAX_QUOTES = 3;
    private static final int MIN_WORDS = 2;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern TRIM = Pattern.compile("^[\\s\"'«»“”„‘’*•·\\-–—]+|[\\s\"'«»“”„‘’.;:,!?]+$");
    private static final Pattern BOUNDARY_BEFORE =
            Pattern.compile("(^\\s*[-*•·–—]?|.*([.;:!?,•|·()\\[\\]]|\\s[-–—]))\\s*");
    private static final Pattern BOUNDARY_AFTER = Pattern.compile("\\s*([.;:!?,•|·()\\[\\]]|[-–—]\\s).*|\\s*");

    private final SkillTaxonomy taxonomy;

    Quotes(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * The quotes that are evidence of {@code skill} in {@code visible}, as the text has them. A model reads Russian
     * gendered words in the masculine ({@link PersonalData#forModel}); a quote that matches only so is given as the
     * resume writes it («Разработала», not «Разработал»).
     */
    List<String> accepted(String skill, List<String> quotes, String visible) {
        return quotes.stream()
                .filter(q -> q != null && !q.isBlank())
                .map(q -> TRIM.matcher(q).replaceAll(""))
                .filter(q -> q.split("\\s+").length >= MIN_WORDS && affirms(skill, q))
                .map(q -> lineOrClause(q, visible, Pattern::quote)
                        .map(found -> q)
                        .or(() -> lineOrClause(q, visible, GenderedWords::anyForm)))
                .flatMap(Optional::stream)
                .map(Untrusted::excerpt)
                .distinct()
                .limit(MAX_QUOTES)
                .toList();
    }

    /** The quote names the skill other than to deny it ("no experience with Kafka" is no quote for Kafka). */
    private boolean affirms(String skill, String quote) {
        return taxonomy.find(skill, quote).stream()
                .anyMatch(m -> Stance.of(quote, m.start(), m.end()) != Stance.DENIED);
    }

    /** Where the quote stands in {@code visible} as a line or clause, its words matched by {@code word}. */
    private static Optional<String> lineOrClause(String quote, String visible, Function<String, String> word) {
        String words =
                String.join("\\s+", Arrays.stream(quote.split("\\s+")).map(word).toList());
        Matcher found = Pattern.compile(words, FLAGS).matcher(visible);
        while (found.find()) {
            int lineStart = visible.lastIndexOf('\n', found.start() - 1) + 1;
            int lineEnd = visible.indexOf('\n', found.end());
            String before = visible.substring(lineStart, found.start());
            String after = visible.substring(found.end(), lineEnd < 0 ? visible.length() : lineEnd);
            if (BOUNDARY_BEFORE.matcher(before).matches()
                    && BOUNDARY_AFTER.matcher(after).matches()) {
                return Optional.of(found.group());
            }
        }
        return Optional.empty();
    }
}
