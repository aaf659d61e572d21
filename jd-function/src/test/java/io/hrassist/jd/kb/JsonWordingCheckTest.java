package io.hrassist.jd.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.hrassist.jd.domain.Finding;
import io.hrassist.jd.domain.Folding;
import io.hrassist.jd.domain.Role;
import io.hrassist.jd.domain.Screening;
import io.hrassist.jd.domain.WriteJobDescription;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The wording check against the plain way of running its rules (every rule over the whole text), on example
 * sentences for every rule ({@code wording/examples-<language>.txt}: rule index, tab, sentence; {@code -} for a near
 * miss that no rule may flag) and on job descriptions written from every role of the knowledge base.
 */
class JsonWordingCheckTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonWordingCheck CHECK = new JsonWordingCheck(MAPPER);
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRuleFlagsItsExamples(Language language) throws IOException {
        List<JsonWordingCheck.RuleData> rules = rules(language);
        List<Example> examples = examples(language);
        for (int i = 0; i < rules.size(); i++) {
            int rule = i;
            assertThat(examples.stream().filter(e -> e.rule() == rule))
                    .as("examples of rule %d: %s", rule, rules.get(rule).pattern())
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(e -> assertThat(Pattern.compile(rules.get(rule).pattern(), FLAGS)
                                    .matcher(e.text())
                                    .find())
                            .as(e.text())
                            .isTrue());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void findsWhatRunningEveryRuleOverTheWholeTextFinds(Language language) throws IOException {
        List<JsonWordingCheck.RuleData> rules = rules(language);
        var texts = new ArrayList<String>();
        examples(language).forEach(e -> texts.add(e.text()));
        texts.add(String.join("\n", texts));
        texts.add(String.join(" ", texts.subList(0, texts.size() - 1)).toUpperCase(java.util.Locale.ROOT));
        texts.addAll(jobDescriptions(language));

        for (String text : texts) {
            assertThat(CHECK.find(text, language).stream().map(JsonWordingCheckTest::found))
                    .as(text)
                    .containsExactlyElementsOf(everyRule(rules, text));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void flagsNoNearMiss(Language language) throws IOException {
        assertThat(examples(language).stream().filter(e -> e.rule() < 0))
                .hasSizeGreaterThanOrEqualTo(50)
                .allSatisfy(e ->
                        assertThat(CHECK.find(e.text(), language)).as(e.text()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void almostEveryRuleHasWordsToLookFor(Language language) {
        // Only the English age rule ("45 years old", "aged 25-35 y.o.") may match without a word of its own.
        assertThat(CHECK.alwaysRunning(language)).isLessThanOrEqualTo(language == Language.EN ? 1 : 0);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRuleHasASeverityAndReplacementsFitTheirExamples(Language language) throws IOException {
        List<JsonWordingCheck.RuleData> rules = rules(language);
        assertThat(rules)
                .allSatisfy(
                        rule -> assertThat(rule.severity()).as(rule.pattern()).isNotNull());
        for (Example example : examples(language)) {
            if (example.rule() >= 0 && rules.get(example.rule()).replacement() != null) {
                assertThat(CHECK.find(example.text(), language))
                        .filteredOn(f ->
                                f.category().equals(rules.get(example.rule()).category()))
                        .as(example.text())
                        .isNotEmpty()
                        .allSatisfy(
                                f -> assertThat(f.replacement()).isNotBlank().doesNotContain("$"));
            }
        }
    }

    /** What the check found before it looked for literals: each rule in list order over the whole folded text. */
    private static List<String> everyRule(List<JsonWordingCheck.RuleData> rules, String text) {
        var found = new ArrayList<String>();
        String folded = Folding.fold(text);
        for (var rule : rules) {
            Matcher matcher =
                    Pattern.compile(rule.pattern().replace('ё', 'е'), FLAGS).matcher(folded);
            while (matcher.find()) {
                found.add(matcher.start() + "-" + matcher.end() + " " + text.substring(matcher.start(), matcher.end())
                        + " " + rule.category() + " " + rule.severity());
            }
        }
        return found;
    }

    private static String found(Finding f) {
        return f.start() + "-" + f.end() + " " + f.phrase() + " " + f.category() + " " + f.severity();
    }

    private static List<String> jobDescriptions(Language language) {
        var catalog = new JsonRoleCatalog(MAPPER);
        var writer = new WriteJobDescription(catalog, new Screening(CHECK, List.of()));
        var texts = new ArrayList<String>();
        for (Role role : catalog.roles()) {
            for (Seniority seniority : Seniority.values()) {
                var vacancy = new VacancyBrief(
                        role.titles().get(language).get(0),
                        language,
                        seniority,
                        "Berlin",
                        "full-time",
                        "hybrid",
                        List.of("Java", "SQL"),
                        List.of("Kafka"),
                        null);
                texts.add(
                        writer.apply(new JobDescriptionRequested(null, vacancy)).markdown());
            }
        }
        return texts;
    }

    private static List<JsonWordingCheck.RuleData> rules(Language language) throws IOException {
        try (InputStream in = resource("wording/" + language.code() + ".json")) {
            return MAPPER.readValue(in, new TypeReference<>() {});
        }
    }

    private static List<Example> examples(Language language) throws IOException {
        try (InputStream in = resource("wording/examples-" + language.code() + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(line -> {
                        String[] parts = line.split("\t", 2);
                        return new Example(parts[0].equals("-") ? -1 : Integer.parseInt(parts[0]), parts[1]);
                    })
                    .toList();
        }
    }

    private static InputStream resource(String name) {
        return JsonWordingCheckTest.class.getClassLoader().getResourceAsStream(name);
    }

    /** An example sentence and the rule it is for ({@code -1}: a near miss that no rule may flag). */
    private record Example(int rule, String text) {}
}
