package io.hrassist.jd.domain;

import io.hrassist.events.JobDescriptionGenerated.Action;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.events.Language;
import io.hrassist.wording.Finding;
import io.hrassist.wording.Folding;
import io.hrassist.wording.Screening;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps flagged wording out of a job description: a phrase whose rule has a drop-in replacement is replaced, else the
 * sentence or list item that holds it is left out, and each warning says which was done. A title cannot be left out: a
 * gendered title takes the neutral title its rule gives, here and wherever the text names it; whatever is still
 * flagged in the finished text (a title with no neutral title to take) is reported as kept.
 */
final class Rewrite {

    private static final Pattern LINE = Pattern.compile("\\R");
    private static final Pattern HAS_WORDS = Pattern.compile("[\\p{L}\\p{N}]");

    private final Screening screening;
    private final Language language;
    private final String titleKept;
    private final Map<String, Warning> warnings = new LinkedHashMap<>();
    /** The title's flagged phrases (folded) and the neutral titles that took their place. */
    private final Map<String, String> retitled = new HashMap<>();

    private int left;

    Rewrite(Screening screening, Language language) {
        this.screening = screening;
        this.language = language;
        this.titleKept = Labels.of(language).titleKept();
    }

    /** {@code text} with each flagged sentence rewritten or left out; empty when nothing is left. */
    String prose(String text) {
        var lines = new ArrayList<String>();
        for (String line : LINE.split(text.strip(), -1)) {
            String kept = sentences(line).strip();
            boolean blankBefore = lines.isEmpty() || lines.get(lines.size() - 1).isEmpty();
            if (HAS_WORDS.matcher(kept).find() || (line.isBlank() && !blankBefore)) {
                lines.add(line.isBlank() ? "" : kept);
            }
        }
        return String.join("\n", lines).strip();
    }

    /** The items with flagged wording rewritten; an item that cannot be rewritten is left out. */
    List<String> items(List<String> items) {
        return items.stream()
                .map(this::unit)
                .filter(item -> item != null && HAS_WORDS.matcher(item).find())
                .toList();
    }

    /**
     * The title with each flagged phrase given the neutral title its rule names (else its drop-in replacement); a
     * title cannot be left out, so a phrase with neither stays and its warning says why. Call it first: the text
     * after it names the title as rewritten.
     */
    String title(String title) {
        var result = new StringBuilder(title);
        List<Finding> flags = screening.flags(title, language);
        for (int i = flags.size() - 1; i >= 0; i--) {
            Finding flag = flags.get(i);
            String neutral = flag.title() != null ? flag.title() : flag.replacement();
            if (neutral == null) {
                warnings.putIfAbsent(Folding.fold(flag.phrase()), keptInTitle(flag));
            } else {
                retitled.put(Folding.fold(flag.phrase()), neutral);
                String wording = matchingCase(flag.phrase(), neutral);
                result.replace(flag.start(), flag.end(), wording);
                report(flag.replacedBy(wording), Action.REPLACED);
            }
        }
        return result.toString();
    }

    /** The warning on a title's phrase that stays: the rule's reason, and why it stays. */
    private Warning keptInTitle(Finding flag) {
        Warning w = flag.warning(Action.KEPT);
        return new Warning(
                w.phrase(), w.category(), w.reason() + " " + titleKept, w.suggestion(), w.severity(), w.action(), null);
    }

    /** Reports what is still flagged in the finished {@code markdown} and was not reported yet. */
    void residue(String markdown) {
        screening.flags(markdown, language).forEach(f -> report(f, Action.KEPT));
    }

    /** Every warning, one per phrase, most serious first. */
    List<Warning> warnings() {
        return warnings.values().stream().sorted(Screening.MOST_SERIOUS_FIRST).toList();
    }

    /** How many sentences and items were left out. */
    int left() {
        return left;
    }

    private String sentences(String line) {
        List<Finding> flags = screening.flags(line, language);
        if (flags.isEmpty()) {
            return line;
        }
        var kept = new StringBuilder();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language.code()));
        sentences.setText(line);
        for (int start = sentences.first(), end = sentences.next();
                end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            int from = start;
            int to = end;
            List<Finding> inside = flags.stream()
                    .filter(f -> f.start() >= from && f.start() < to)
                    .toList();
            String sentence = rewritten(line.substring(from, to), inside, from);
            kept.append(sentence == null ? "" : sentence);
        }
        return kept.toString();
    }

    private String unit(String text) {
        return rewritten(text, screening.flags(text, language), 0);
    }

    /**
     * {@code text} (at {@code offset} of where the findings were made) rewritten, or null when it has to go. The
     * title's phrases take the same neutral title as in the title.
     */
    private String rewritten(String text, List<Finding> found, int offset) {
        List<Finding> flags = found.stream()
                .map(f -> retitled.containsKey(Folding.fold(f.phrase()))
                        ? f.replacedBy(retitled.get(Folding.fold(f.phrase())))
                        : f)
                .toList();
        if (flags.stream().anyMatch(f -> f.replacement() == null)) {
            flags.forEach(f -> report(f, Action.REMOVED));
            left++;
            return null;
        }
        return replaced(text, flags, offset);
    }

    private String replaced(String text, List<Finding> flags, int offset) {
        var result = new StringBuilder(text);
        for (int i = flags.size() - 1; i >= 0; i--) {
            Finding flag = flags.get(i);
            String replacement = matchingCase(flag.phrase(), flag.replacement());
            result.replace(flag.start() - offset, Math.min(flag.end() - offset, result.length()), replacement);
            report(flag.replacedBy(replacement), Action.REPLACED);
        }
        return result.toString();
    }

    private void report(Finding flag, Action action) {
        warnings.putIfAbsent(Folding.fold(flag.phrase()), flag.warning(action));
    }

    private static String matchingCase(String phrase, String replacement) {
        if (Character.isUpperCase(phrase.charAt(0)) && !replacement.isEmpty()) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }
}
