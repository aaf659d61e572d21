package io.hrassist.jd.domain;

import java.util.List;
import java.util.Locale;

/** English's indefinite article goes by sound: "an Electrician", "an SEO Specialist", "a UX Designer", "an hour". */
final class Article {

    private static final String VOWEL_LETTERS = "aeiou";
    /** Letters whose names start with a vowel sound, for acronyms read letter by letter. */
    private static final String VOWEL_SOUNDING_LETTERS = "AEFHILMNORSX";

    private static final List<String> SILENT_H = List.of("hour", "honest", "honor", "honour", "heir");
    private static final List<String> YOU_SOUND = List.of("uni", "use", "usu", "uti", "ura", "uro", "ubi", "eu", "ewe");
    private static final List<String> W_SOUND = List.of("one", "once");

    private Article() {}

    /** {@code phrase} after "a" or "an", whichever its first word takes. */
    static String indefinite(String phrase) {
        String word = phrase.strip().split("[\\s/,-]+", 2)[0];
        return (takesAn(word) ? "an " : "a ") + phrase.strip();
    }

    private static boolean takesAn(String word) {
        if (word.isEmpty() || !isLatin(word.charAt(0))) {
            return false;
        }
        if (word.length() > 1
                && word.equals(word.toUpperCase(Locale.ROOT))
                && word.chars().anyMatch(Character::isLetter)) {
            return VOWEL_SOUNDING_LETTERS.indexOf(word.charAt(0)) >= 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (SILENT_H.stream().anyMatch(lower::startsWith)) {
            return true;
        }
        if (YOU_SOUND.stream().anyMatch(lower::startsWith) || W_SOUND.stream().anyMatch(lower::startsWith)) {
            return false;
        }
        return VOWEL_LETTERS.indexOf(lower.charAt(0)) >= 0;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
