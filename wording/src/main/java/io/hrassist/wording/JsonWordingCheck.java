package io.hrassist.wording;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated.Severity;
import io.hrassist.events.Language;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Wording rules from {@code wording/<language>.json}: a regular expression, a category, a severity, why, what instead
 * and, where one fits every match, a drop-in replacement. Rules match the {@link Folding folded} text, so case and ё/е
 * do not matter. A rule runs only on a text that contains one of its {@link RequiredLiterals} (found in one pass for
 * all rules), so that a check costs a few rules' work instead of every rule's at every position of the text.
 */
public final class JsonWordingCheck implements WordingCheck {

    private final Map<Language, Rules> rules = new EnumMap<>(Language.class);

    public JsonWordingCheck(ObjectMapper mapper) {
        for (Language language : Language.values()) {
            String name = "wording/" + language.code() + ".json";
            try (InputStream in = JsonWordingCheck.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing wording list " + name);
                }
                List<RuleData> data = mapper.readValue(in, new TypeReference<>() {});
                rules.put(language, new Rules(data.stream().map(Rule::new).toList()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public List<Finding> find(String text, Language language) {
        var found = new ArrayList<Finding>();
        Rules list = rules.get(language);
        String folded = Folding.fold(text);
        BitSet candidates = list.candidates(folded);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Rule rule = list.all.get(i);
            Matcher matcher = rule.pattern().matcher(folded);
            while (matcher.find()) {
                found.add(rule.finding(matcher, text));
            }
        }
        return found;
    }

    /** How many rules of {@code language} run on every text, having no literals to look for. */
    int alwaysRunning(Language language) {
        return rules.get(language).alwaysRun.cardinality();
    }

    /** The rules of one language, and which of them each literal calls for. */
    private static final class Rules {
        private final List<Rule> all;
        private final BitSet alwaysRun = new BitSet();
        private final Map<String, BitSet> byLiteral = new HashMap<>();
        private final Trie literals;

        Rules(List<Rule> all) {
            this.all = all;
            for (int i = 0; i < all.size(); i++) {
                Optional<Set<String>> required = RequiredLiterals.of(all.get(i).folded());
                if (required.isEmpty()) {
                    alwaysRun.set(i);
                } else {
                    for (String literal : required.get()) {
                        byLiteral.computeIfAbsent(literal, key -> new BitSet()).set(i);
                    }
                }
            }
            literals = Trie.builder().addKeywords(byLiteral.keySet()).build();
        }

        /** The rules that may match {@code folded}, a folded text, in list order. */
        BitSet candidates(String folded) {
            BitSet candidates = (BitSet) alwaysRun.clone();
            for (Emit emit : literals.parseText(folded)) {
                candidates.or(byLiteral.get(emit.getKeyword()));
            }
            return candidates;
        }
    }

    /**
     * One entry of a wording list as stored. {@code replacement} may name the pattern's groups ({@code $1}) and must
     * fit every match of the pattern; a rule without one has the sentence that holds its phrase left out. {@code
     * titles} gives a gendered job title the rule flags its neutral title, keyed by the phrase as {@link Folding}
     * folds it: a title cannot be left out, so it takes that instead.
     */
    record RuleData(
            String pattern,
            String category,
            Severity severity,
            String reason,
            String suggestion,
            @Nullable String replacement,
            @Nullable Map<String, String> titles) {

        RuleData {
            titles = titles == null ? Map.of() : Map.copyOf(titles);
        }
    }

    /**
     * A rule, its pattern compiled the first time a text may match it (most rules never run on a given function
     * instance; the tests compile and run every one).
     */
    private static final class Rule {
        private final RuleData data;
        private volatile Pattern pattern;

        Rule(RuleData data) {
            this.data = data;
        }

        /** The pattern for folded text: ё as е, like the text. */
        String folded() {
            return data.pattern().replace('ё', 'е').replace('Ё', 'Е');
        }

        Pattern pattern() {
            Pattern compiled = pattern;
            if (compiled == null) {
                compiled = Pattern.compile(
                        folded(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
                pattern = compiled;
            }
            return compiled;
        }

        /** The match of {@code matcher} as a finding in {@code text}, the original of the folded text matched. */
        Finding finding(Matcher matcher, String text) {
            String phrase = text.substring(matcher.start(), matcher.end());
            return new Finding(
                    matcher.start(),
                    matcher.end(),
                    phrase,
                    data.category(),
                    data.severity(),
                    data.reason(),
                    data.suggestion(),
                    data.replacement() == null ? null : expand(data.replacement(), matcher, text),
                    data.titles().get(Folding.fold(phrase)));
        }

        /** {@code replacement} with {@code $n} as the text group n matched (nothing for a group that did not). */
        private static String expand(String replacement, Matcher matcher, String text) {
            var expanded = new StringBuilder();
            for (int i = 0; i < replacement.length(); i++) {
                char c = replacement.charAt(i);
                if (c == '$' && i + 1 < replacement.length() && Character.isDigit(replacement.charAt(i + 1))) {
                    int group = replacement.charAt(++i) - '0';
                    if (matcher.start(group) >= 0) {
                        expanded.append(text, matcher.start(group), matcher.end(group));
                    }
                } else {
                    expanded.append(c);
                }
            }
            return expanded.toString();
        }
    }
}
