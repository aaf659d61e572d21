package io.hrassist.jd.kb;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.events.Language;
import io.hrassist.jd.domain.WordingCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Wording rules from {@code wording/<language>.json}: a regular expression, a category, why, and what instead. A rule
 * runs only on a text that contains one of its {@link RequiredLiterals} (found in one pass for all rules), so that a
 * check costs a few rules' work instead of every rule's at every position of the text.
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
    public List<Warning> check(String text, Language language) {
        var found = new LinkedHashMap<String, Warning>();
        Rules list = rules.get(language);
        BitSet candidates = list.candidates(text);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Rule rule = list.all.get(i);
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                String phrase = matcher.group();
                found.putIfAbsent(
                        phrase.toLowerCase(),
                        new Warning(phrase, rule.data.category(), rule.data.reason(), rule.data.suggestion()));
            }
        }
        return new ArrayList<>(found.values());
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
                Optional<Set<String>> required =
                        RequiredLiterals.of(all.get(i).data.pattern());
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

        /** The rules that may match {@code text}, in list order. */
        BitSet candidates(String text) {
            BitSet candidates = (BitSet) alwaysRun.clone();
            for (Emit emit : literals.parseText(RequiredLiterals.fold(text))) {
                candidates.or(byLiteral.get(emit.getKeyword()));
            }
            return candidates;
        }
    }

    /** One entry of a wording list as stored. */
    record RuleData(String pattern, String category, String reason, String suggestion) {}

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

        Pattern pattern() {
            Pattern compiled = pattern;
            if (compiled == null) {
                compiled = Pattern.compile(
                        data.pattern(),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
                pattern = compiled;
            }
            return compiled;
        }
    }
}
