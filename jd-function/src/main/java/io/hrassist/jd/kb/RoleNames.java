package io.hrassist.jd.kb;

import java.util.List;
import java.util.Set;

/**
 * How a role is named: its titles (normalized) and the words that point to it (its keywords and titles). A word
 * counts where it starts a word of the title ("etl" is not in "settlement"); a longer one may go on into a longer
 * word ("architect" in "architecture", «бухгалтерск» in «бухгалтерский»), a short one must end there ("bi" is not
 * in "biologist").
 */
record RoleNames(String id, Set<String> titles, List<String> candidates) {

    /** Keywords up to this long must be whole words. */
    private static final int SHORT = 4;

    int score(String title) {
        if (titles.contains(title)) {
            return 1000;
        }
        int best = 0;
        for (String candidate : candidates) {
            if (!candidate.isEmpty() && candidate.length() > best && occurs(title, candidate)) {
                best = candidate.length();
            }
        }
        return best;
    }

    private static boolean occurs(String title, String word) {
        for (int at = title.indexOf(word); at >= 0; at = title.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean starts = at == 0 || !isWordChar(word.charAt(0)) || !isWordChar(title.charAt(at - 1));
            boolean ends = word.length() > SHORT
                    || end == title.length()
                    || !isWordChar(word.charAt(word.length() - 1))
                    || !isWordChar(title.charAt(end));
            if (starts && ends) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
