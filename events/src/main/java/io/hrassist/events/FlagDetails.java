package io.hrassist.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English texts of a resume evaluation's flag details ({@code flags[].detail}), written by the resume function and
 * read back by a reader that shows them in another language. One place for both, so a reworded text cannot silently
 * drop out of a translated page: {@link #read} turns every text this class writes into a stable id and its arguments.
 */
public final class FlagDetails {

    /** A detail as a stable id ({@code stuffing}, {@code hidden.white}, …) and the values its text carried. */
    public record Said(String id, List<String> arguments) {

        public Said {
            arguments = List.copyOf(arguments);
        }
    }

    /** Why a reader would not see a passage of a document. */
    public enum Hidden {
        INVISIBLE("invisible render mode"),
        TINY("text smaller than 2 pt"),
        WHITE("white text"),
        OUTSIDE("text outside the page"),
        CLIPPED("clipped text"),
        HIDDEN_RUN("hidden run");

        private final String english;

        Hidden(String english) {
            this.english = english;
        }

        /** How the detail text names it. */
        public String english() {
            return english;
        }

        String id() {
            return "hidden." + (this == HIDDEN_RUN ? "hiddenRun" : name().toLowerCase(Locale.ROOT));
        }
    }

    public static final String ZERO_WIDTH = "Zero-width characters are hidden in the text; they were removed.";
    public static final String INSTRUCTIONS = "A line gives instructions to the evaluator; it was ignored for scoring.";
    public static final String HIDDEN_INSTRUCTIONS = "Hidden text gives instructions to the evaluator; it was ignored.";

    private static final Pattern HIDDEN =
            Pattern.compile("Text hidden from a human reader \\((.+)\\) was not scored\\.");
    private static final Pattern STUFFED = Pattern.compile(
            "\"(.+)\" is named (\\d+) times, mostly in keyword lists; repetition does not raise the score\\.");
    private static final Pattern CLAIMED = Pattern.compile(
            "The model claimed \"(.+)\" is (MET|PARTIAL|MISSING); the text supports (MET|PARTIAL|MISSING)\\.");
    private static final Pattern MORE = Pattern.compile("(\\d+) more findings of this kind are not listed\\.");
    private static final Pattern NOT_SCORED = Pattern.compile(
            "The (must-have|nice-to-have) criterion was not scored: \"(.+)\" names a protected trait \\(([^)]+)\\);"
                    + " candidates must not be scored on it\\.");

    private FlagDetails() {}

    /** {@code HIDDEN_TEXT}: a passage hidden from a human reader. */
    public static String hidden(Hidden why) {
        return "Text hidden from a human reader (" + why.english() + ") was not scored.";
    }

    /** {@code KEYWORD_STUFFING}: a skill repeated, mostly in keyword lists. */
    public static String stuffed(String skill, int mentions) {
        return "\"" + skill + "\" is named " + mentions
                + " times, mostly in keyword lists; repetition does not raise the score.";
    }

    /** {@code MODEL_DISAGREEMENT}: the model claimed more than the text supports. */
    public static String claimed(String skill, String claimed, String supported) {
        return "The model claimed \"%s\" is %s; the text supports %s.".formatted(skill, claimed, supported);
    }

    /** The last flag of a kind when more of it were found than are listed. */
    public static String more(int count) {
        return count + " more findings of this kind are not listed.";
    }

    /** {@code PROTECTED_TRAIT}: a criterion of the vacancy that names a protected trait and was not scored. */
    public static String notScored(boolean mustHave, ProtectedTraits.Finding finding) {
        return "The %s criterion was not scored: %s"
                .formatted(mustHave ? "must-have" : "nice-to-have", finding.reason());
    }

    /** The id and arguments of a detail this class wrote; empty for any other text. */
    public static Optional<Said> read(String detail) {
        String text = detail.strip();
        if (text.equals(ZERO_WIDTH)) {
            return said("zeroWidth");
        }
        if (text.equals(INSTRUCTIONS)) {
            return said("instructions");
        }
        if (text.equals(HIDDEN_INSTRUCTIONS)) {
            return said("hiddenInstructions");
        }
        Matcher m;
        if ((m = HIDDEN.matcher(text)).matches()) {
            String named = m.group(1);
            return List.of(Hidden.values()).stream()
                    .filter(why -> why.english().equals(named))
                    .findFirst()
                    .map(why -> new Said(why.id(), List.of()));
        }
        if ((m = STUFFED.matcher(text)).matches()) {
            return said("stuffing", m.group(1), m.group(2));
        }
        if ((m = CLAIMED.matcher(text)).matches()) {
            return said("claimed", m.group(1), m.group(2), m.group(3));
        }
        if ((m = MORE.matcher(text)).matches()) {
            return said("more", m.group(1));
        }
        if ((m = NOT_SCORED.matcher(text)).matches()) {
            return said("notScored", m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    private static Optional<Said> said(String id, String... arguments) {
        return Optional.of(new Said(id, List.of(arguments)));
    }
}
