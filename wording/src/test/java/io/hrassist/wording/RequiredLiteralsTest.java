package io.hrassist.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    @Test
    void takesTheLongestRunOfLiteralCharacters() {
        assertLiterals("\\baggressive(?:ly|ness)?\\b", "aggressive");
        assertLiterals("\\bhead-?strong\\b", "strong");
    }

    @Test
    void readsAcrossAssertionsAndLookarounds() {
        assertLiterals("(?<![\\w-])(?<!have )driven\\b(?!-| by\\b)", "driven");
        assertLiterals("\\bwork\\b hard", "work hard");
    }

    @Test
    void joinsTheBranchesOfAnAlternation() {
        assertLiterals("\\bopinionated\\b|\\bstrong opinions\\b", "opinionated", "strong opinions");
        assertLiterals("\\bsales(?:men|women)\\b", "sales");
        assertLiterals("\\b(?:ninja|guru)s?\\b", "ninja", "guru");
        assertLiterals("\\bhunter\\b|\\d{2} years", "hunter", " years");
    }

    @Test
    void keepsTheFirstRepetitionOfARepeatedCharacter() {
        assertLiterals("xab+c", "xab");
        assertLiterals("xyz{2,3}", "xyz");
    }

    @Test
    void foldsCaseAsCaseInsensitiveUnicodeMatchingDoes() {
        assertLiterals("\\bМужчин[аы]\\b", "мужчин");
        assertThat(Folding.fold("ſtrong \u212Aelvin")).isEqualTo("strong kelvin");
        assertLiterals("\\bрок-звёзд", "рок-звезд");
        assertThat(Folding.fold("Рок-Звёзды")).isEqualTo("рок-звезды");
    }

    @Test
    void hasNoneWhenABranchOrThePatternRequiresNothing() {
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
        assertThat(RequiredLiterals.of("rock{x}star")).isEmpty();
    }

    private static void assertLiterals(String regex, String... literals) {
        assertThat(RequiredLiterals.of(regex)).as(regex).hasValue(Set.of(literals));
    }
}
