package io.hrassist.wording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated.Severity;
import io.hrassist.events.Language;
import io.hrassist.events.ProtectedTraits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The wording check against the plain way of running its rules (every rule over the whole text), on example
 * sentences for every rule ({@code wording/examples-<language>.txt}: rule index, tab, sentence; {@code -} for a near
 * miss that no rule may flag) (the job descriptions the knowledge base writes: jd-function's {@code WrittenTextsWordingTest}).
 */
class JsonWordingCheckTest {

    private static final JsonWordingCheck CHECK = new JsonWordingCheck(new ObjectMapper());

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRuleFlagsItsExamples(Language language) throws IOException {
        List<JsonWordingCheck.RuleData> rules = EveryRule.rules(language);
        List<Example> examples = examples(language);
        for (int i = 0; i < rules.size(); i++) {
            int rule = i;
            assertThat(examples.stream().filter(e -> e.rule() == rule))
                    .as("examples of rule %d: %s", rule, rules.get(rule).pattern())
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(e -> assertThat(Pattern.compile(rules.get(rule).pattern(), EveryRule.FLAGS)
                                    .matcher(e.text())
                                    .find())
                            .as(e.text())
                            .isTrue());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void findsWhatRunningEveryRuleOverTheWholeTextFinds(Language language) throws IOException {
        List<JsonWordingCheck.RuleData> rules = EveryRule.rules(language);
        var texts = new ArrayList<String>();
        examples(language).forEach(e -> texts.add(e.text()));
        texts.add(String.join("\n", texts));
        texts.add(String.join(" ", texts.subList(0, texts.size() - 1)).toUpperCase(java.util.Locale.ROOT));

        for (String text : texts) {
            assertThat(CHECK.find(text, language).stream().map(EveryRule::found))
                    .as(text)
                    .containsExactlyElementsOf(EveryRule.found(rules, text));
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
        List<JsonWordingCheck.RuleData> rules = EveryRule.rules(language);
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

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyNeutralTitleStandsForAPhraseItsRuleFlagsAndIsNotFlaggedItself(Language language) {
        List<JsonWordingCheck.RuleData> rules = EveryRule.rules(language);
        assertThat(rules.stream().mapToInt(rule -> rule.titles().size()).sum()).isGreaterThanOrEqualTo(10);
        for (var rule : rules) {
            rule.titles().forEach((phrase, title) -> {
                String text = "Vacancy: " + phrase + ".";
                assertThat(CHECK.find(text, language))
                        .as(phrase)
                        .singleElement()
                        .satisfies(f -> {
                            assertThat(f.phrase()).isEqualTo(phrase);
                            assertThat(f.title()).isEqualTo(title);
                        });
                assertThat(CHECK.find("Vacancy: " + title + ".", language))
                        .as(title)
                        .isEmpty();
            });
        }
    }

    /** A vacancy may not ask for a native speaker as a skill ({@link ProtectedTraits}); its text may not either. */
    @ParameterizedTest
    @CsvSource({
        "EN, Native English speaker",
        "EN, Native speaker",
        "EN, Native speakers of Spanish",
        "RU, Носитель языка",
        "RU, Носитель английского языка",
        "RU, Носители испанского языка",
    })
    void flagsANativeSpeakerAsUnlawfulOriginLikeAVacancySkill(Language language, String phrase) {
        assertThat(ProtectedTraits.find(phrase))
                .as(phrase)
                .hasValueSatisfying(trait -> assertThat(trait.trait()).isEqualTo("national or ethnic origin"));
        assertThat(CHECK.find(phrase + " required.", language))
                .as(phrase)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.UNLAWFUL);
                    assertThat(f.category()).isEqualTo("origin");
                    assertThat(phrase).containsIgnoringCase(f.phrase());
                });
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
