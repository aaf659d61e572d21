package io.hrassist.ui.web;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resume function writes each flag's detail in English from a handful of templates; this reads one back as a
 * message key and its arguments, so that a page in another language says it in that language. A detail matching no
 * template has no key: such a page leaves it out (the flag's name and help still explain the flag).
 */
final class FlagDetails {

    /** A detail as a message key and the arguments its English text carried. */
    record Said(String key, List<String> arguments) {}

    private static final Pattern HIDDEN =
            Pattern.compile("Text hidden from a human reader \\((.+)\\) was not scored\\.");
    private static final Pattern STUFFED =
            Pattern.compile("\"(.+)\" is named (\\d+) times; repetition does not raise the score\\.");
    private static final Pattern CLAIMED = Pattern.compile(
            "The model claimed \"(.+)\" is (MET|PARTIAL|MISSING); the text supports (MET|PARTIAL|MISSING)\\.");
    private static final Pattern MORE = Pattern.compile("(\\d+) more findings of this kind are not listed\\.");
    private static final Map<String, String> HIDDEN_BY = Map.of(
            "invisible render mode", "invisible",
            "text smaller than 2 pt", "tiny",
            "white text", "white",
            "text outside the page", "outside",
            "clipped text", "clipped",
            "hidden run", "hiddenRun");
    private static final Map<String, String> FIXED = Map.of(
            "Zero-width characters are hidden in the text; they were removed.", "flagDetail.zeroWidth",
            "A line gives instructions to the evaluator; it was ignored for scoring.", "flagDetail.instructions",
            "Hidden text gives instructions to the evaluator; it was ignored.", "flagDetail.hiddenInstructions");

    private FlagDetails() {}

    static @Nullable Said read(@Nullable String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        String text = detail.strip();
        if (FIXED.containsKey(text)) {
            return new Said(FIXED.get(text), List.of());
        }
        Matcher m;
        if ((m = HIDDEN.matcher(text)).matches() && HIDDEN_BY.containsKey(m.group(1))) {
            return new Said("flagDetail.hidden." + HIDDEN_BY.get(m.group(1)), List.of());
        }
        if ((m = STUFFED.matcher(text)).matches()) {
            return new Said("flagDetail.stuffing", List.of(m.group(1), m.group(2)));
        }
        if ((m = CLAIMED.matcher(text)).matches()) {
            return new Said("flagDetail.claimed", List.of(m.group(1), m.group(2), m.group(3)));
        }
        if ((m = MORE.matcher(text)).matches()) {
            return new Said("flagDetail.more", List.of(m.group(1)));
        }
        return null;
    }
}
