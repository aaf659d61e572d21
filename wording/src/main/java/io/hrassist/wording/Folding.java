package io.hrassist.wording;

/**
 * Case and ё folding that keeps every character in its place, so that a position in a folded text is the same
 * position in the original: what the wording check matches in the folded text it reports from the original. Russian
 * writes ё and е for the same letter, so «звёзды» and «звезды» are one word to the check.
 */
public final class Folding {

    private Folding() {}

    /** The case folding of case-insensitive Unicode matching (two characters match when their folds are equal), ё as е. */
    public static char fold(char c) {
        char folded = Character.toLowerCase(Character.toUpperCase(c));
        return folded == 'ё' ? 'е' : folded;
    }

    /** {@code text} folded character by character. */
    public static String fold(CharSequence text) {
        var folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(fold(text.charAt(i)));
        }
        return folded.toString();
    }
}
