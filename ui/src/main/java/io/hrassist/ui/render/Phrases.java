package io.hrassist.ui.render;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flagged phrase found in a text as {@link Markdown} highlights it: whole words only, case aside; and replaced by a
 * suggestion, which starts with a capital where the phrase did (at the start of a sentence or a heading), with an
 * English article before it made to fit ("a ninja" becomes "an expert").
 */
public final class Phrases {

    private Phrases() {}

    public static boolean occurs(String text, String phrase) {
        return !phrase.isBlank() && pattern(phrase).matcher(text).find();
    }

    /** {@code text} with every occurrence of {@code phrase} replaced by {@code suggestion}. */
    public static String replace(String text, String phrase, String suggestion) {
        Matcher found = Pattern.compile(
                        "(?:(?<![\\p{L}\\p{N}])(an?)(\\s+))?" + pattern(phrase).pattern(),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        var result = new StringBuilder();
        while (found.find()) {
            int phraseStart = found.group(1) == null ? found.start() : found.end(2);
            boolean capital = Character.isUpperCase(text.codePointAt(phraseStart));
            String replacement = capital ? capitalized(suggestion) : suggestion;
            if (found.group(1) != null) {
                replacement = article(found.group(1), replacement) + found.group(2) + replacement;
            }
            found.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        found.appendTail(result);
        return result.toString();
    }

    /** "a" or "an" as {@code word} needs (by its first letter), in the case {@code article} was written in. */
    private static String article(String article, String word) {
        boolean vowel = !word.isEmpty() && "aeiouAEIOU".indexOf(word.charAt(0)) >= 0;
        String fitting = vowel ? "an" : "a";
        return Character.isUpperCase(article.charAt(0)) ? capitalized(fitting) : fitting;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static Pattern pattern(String phrase) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
