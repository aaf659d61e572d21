package io.hrassist.resume.taxonomy;

import io.hrassist.resume.domain.SkillTaxonomy.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one surface form in a line. Words are compared by stems, in order ("critical care"); the vacancy's own name
 * of two to four words also matches when all its content words stand close together in another order ("ventilation,
 * mechanical"; "managed key accounts" for account management). Forms with symbols (C++, C#, CI/CD, 1С:Бухгалтерия) are
 * matched as written, since Lucene's tokens would lose the symbols.
 */
final class FormMatcher {

    private static final Pattern WORDS_ONLY = Pattern.compile("[\\p{L}\\p{N} -]+");
    /** Words that carry no meaning of their own in a skill's name. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "and", "of", "the", "to", "in", "for", "with", "on", "a", "an", "or", "и", "в", "во", "на", "к", "ко", "по",
            "с", "со", "для", "или", "от", "из");
    /** How many other words may stand between the content words of a form matched out of order. */
    private static final int SLACK = 3;

    private final Map<String, List<String>> stems = new ConcurrentHashMap<>();
    private final Map<String, List<String>> contentStems = new ConcurrentHashMap<>();
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    /**
     * The spans of {@code form} in {@code lower} (the line in lower case), whose tokens are {@code tokens}; out of order
     * only if {@code scattered} (the vacancy's own wording, not every alias, so that the aliases stay exact).
     */
    List<Mention> find(String form, String lower, List<Stems.Token> tokens, boolean scattered) {
        var found = new ArrayList<Mention>();
        if (!WORDS_ONLY.matcher(form).matches()) {
            Matcher matcher =
                    patterns.computeIfAbsent(form, FormMatcher::wholeWord).matcher(lower);
            while (matcher.find()) {
                found.add(new Mention(matcher.start(), matcher.end()));
            }
            return found;
        }
        List<String> formStems = stems.computeIfAbsent(form, Stems::of);
        for (int i = 0; !formStems.isEmpty() && i + formStems.size() <= tokens.size(); i++) {
            if (matchesAt(tokens, i, formStems)) {
                found.add(new Mention(
                        tokens.get(i).start(),
                        tokens.get(i + formStems.size() - 1).end()));
            }
        }
        if (found.isEmpty() && scattered) {
            scattered(contentStems.computeIfAbsent(form, FormMatcher::content), tokens)
                    .ifPresent(found::add);
        }
        return found;
    }

    /** Whether the stem sequence {@code cue} occurs in {@code tokens}. */
    boolean contains(List<Stems.Token> tokens, String cue) {
        List<String> cueStems = stems.computeIfAbsent(cue, Stems::of);
        for (int i = 0; !cueStems.isEmpty() && i + cueStems.size() <= tokens.size(); i++) {
            if (matchesAt(tokens, i, cueStems)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(List<Stems.Token> tokens, int at, List<String> formStems) {
        for (int j = 0; j < formStems.size(); j++) {
            if (!tokens.get(at + j).stem().equals(formStems.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** All content words of a form within a short window, in any order. */
    private static Optional<Mention> scattered(List<String> content, List<Stems.Token> tokens) {
        if (content.size() < 2 || content.size() > 4) {
            return Optional.empty();
        }
        int window = content.size() + SLACK;
        for (int i = 0; i < tokens.size(); i++) {
            if (!content.contains(tokens.get(i).stem())) {
                continue;
            }
            int end = Math.min(tokens.size(), i + window);
            var seen = new HashSet<String>();
            int last = i;
            for (int j = i; j < end && seen.size() < content.size(); j++) {
                if (content.contains(tokens.get(j).stem())
                        && seen.add(tokens.get(j).stem())) {
                    last = j;
                }
            }
            if (seen.size() == content.size()) {
                return Optional.of(
                        new Mention(tokens.get(i).start(), tokens.get(last).end()));
            }
        }
        return Optional.empty();
    }

    private static List<String> content(String form) {
        return Stems.tokens(form).stream()
                .filter(t -> !FUNCTION_WORDS.contains(form.substring(t.start(), t.end())))
                .map(Stems.Token::stem)
                .distinct()
                .toList();
    }

    private static Pattern wholeWord(String form) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}+#])");
    }
}
