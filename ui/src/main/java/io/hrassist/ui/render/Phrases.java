package io.hrassist.ui.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flagged phrase found in a text as {@link Markdown} highlights it: whole words only, case aside; and replaced by a
 * suggestion, which starts with a capital where the phrase did (at the start of a sentence or a heading).
 */
public final class Phrases {

    private Phrases() {}

    public static boolean occurs(String text, String phrase) {
        return !phrase.isBlank() && pattern(phrase).matcher(text).find();
    }

    /** {@code text} with every occurrence of {@code phrase} replaced by {@code suggestion}. */
    public static String replace(String text, String phrase, String suggestion) {
        Matcher found = pattern(phrase).matcher(text);
        var result = new StringBuilder();
        while (found.find()) {
            boolean capital = Character.isUpperCase(found.group().codePointAt(0));
            String replacement = capital ? capitalized(suggestion) : suggestion;
            found.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        found.appendTail(result);
        return result.toString();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    private static Pattern pattern(String phrase) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
