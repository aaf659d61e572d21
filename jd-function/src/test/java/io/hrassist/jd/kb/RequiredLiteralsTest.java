package io.hrassist.jd.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    @Test
    void takesTheLongestRunOfLiteralCharacters() {
        assertThat(RequiredLiterals.of("\\baggressive(?:ly|ness)?\\b")).hasValue(java.util.Set.of("aggressive"));
        assertThat(RequiredLiterals.of("\\bhead-?strong\\b")).hasValue(java.util.Set.of("strong"));
    }

    @Test
    void readsAcrossAssertionsAndLookarounds() {
        assertThat(RequiredLiterals.of("(?<![\\w-])(?<!have )driven\\b(?!-| by\\b)"))
                .hasValue(java.util.Set.of("driven"));
        assertThat(RequiredLiterals.of("\\bwork\\b hard")).hasValue(java.util.Set.of("work hard"));
    }

    @Test
    void joinsTheBranchesOfAnAlternation() {
        assertThat(RequiredLiterals.of("\\bopinionated\\b|\\bstrong opinions\\b"))
                .hasValue(java.util.Set.of("opinionated", "strong opinions"));
        assertThat(RequiredLiterals.of("\\bsales(?:men|women)\\b")).hasValue(java.util.Set.of("sales"));
        assertThat(RequiredLiterals.of("\\b(?:ninja|guru)s?\\b")).hasValue(java.util.Set.of("ninja", "guru"));
    }

    @Test
    void keepsTheFirstRepetitionOfARepeatedCharacter() {
        assertThat(RequiredLiterals.of("xab+c")).hasValue(java.util.Set.of("xab"));
        assertThat(RequiredLiterals.of("xyz{2,3}")).hasValue(java.util.Set.of("xyz"));
    }

    @Test
    void foldsCaseAsCaseInsensitiveUnicodeMatchingDoes() {
        assertThat(RequiredLiterals.of("\\bМужчин[аы]\\b")).hasValue(java.util.Set.of("мужчин"));
        assertThat(RequiredLiterals.fold("ſtrong \u212Aelvin")).isEqualTo("strong kelvin");
    }

    @Test
    void hasNoneWhenABranchOrThePatternRequiresNothing() {
        assertThat(RequiredLiterals.of("\\bhunter\\b|\\d{2} years")).hasValue(java.util.Set.of("hunter", " years"));
        assertThat(RequiredLiterals.of("\\bhunter\\b|\\d{2}")).isEmpty();
        assertThat(RequiredLiterals.of("(?:very )?\\w+")).isEmpty();
        assertThat(RequiredLiterals.of("a[bc]d")).isEmpty(); // only single characters
    }

    @Test
    void hasNoneForSyntaxItDoesNotRead() {
        assertThat(RequiredLiterals.of("(?i)rockstar")).isEmpty();
        assertThat(RequiredLiterals.of("\\Qrock.star\\E")).isEmpty();
        assertThat(RequiredLiterals.of("(?<name>rockstar)")).isEmpty();
        assertThat(RequiredLiterals.of("rock(star")).isEmpty();
    }
}
