package io.hrassist.resume.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language a text is written in, English, Russian or German: Cyrillic letters mean Russian; among Latin-script
 * texts, the language whose most common function words ("the", "and", "with" against "und", "der", "mit") make up
 * more of the words. A text of bare keywords with neither counts as English.
 */
enum WrittenLanguage {
    ENGLISH(Set.of(
            "the",
            "and",
            "of",
            "to",
            "for",
            "with",
            "on",
            "at",
            "as",
            "by",
            "from",
            "is",
            "were",
            "are",
            "i",
            "my",
            "our",
            "we",
            "have",
            "has",
            "led",
            "built",
            "managed",
            "per",
            "into",
            "over",
            "since",
            "which",
            "that",
            "this",
            "team",
            "years",
            "responsible",
            "experience")),
    GERMAN(Set.of(
            "und",
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ich",
            "mit",
            "für",
            "von",
            "bei",
            "ist",
            "im",
            "auf",
            "als",
            "zu",
            "zur",
            "zum",
            "eine",
            "ein",
            "einer",
            "nicht",
            "sich",
            "wir",
            "auch",
            "oder",
            "wurde",
            "habe",
            "seit",
            "über",
            "durch",
            "sowie",
            "verantwortlich",
            "jahre",
            "kenntnisse",
            "erfahrung")),
    RUSSIAN(Set.of());

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> functionWords;

    WrittenLanguage(Set<String> functionWords) {
        this.functionWords = functionWords;
    }

    static WrittenLanguage of(String text) {
        long cyrillic = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                .count();
        long latin = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        if (cyrillic > latin) {
            return RUSSIAN;
        }
        return GERMAN.hits(text) > ENGLISH.hits(text) ? GERMAN : ENGLISH;
    }

    private long hits(String text) {
        long hits = 0;
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            if (functionWords.contains(words.group())) {
                hits++;
            }
        }
        return hits;
    }
}
