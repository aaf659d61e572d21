package io.hrassist.ui.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Flagged phrases found as whole words and replaced by the wording a suggestion offers, advice left to the writer. */
class PhrasesTest {

    @Test
    void replacesWholeWordsOnlyKeepingACapitalAtTheStart() {
        String text = "Rockstar pay for a rockstar, not for rockstars.";

        assertThat(Phrases.replace(text, "rockstar", "skilled"))
                .isEqualTo("Skilled pay for a skilled, not for rockstars.");
        assertThat(Phrases.occurs("Молодого и амбициозного", "молодого")).isTrue();
        assertThat(Phrases.occurs("rockstars only", "rockstar")).isFalse();
    }

    @Test
    void makesAnEnglishArticleFitTheReplacement() {
        assertThat(Phrases.replace("Work like a ninja. A ninja knows.", "ninja", "expert"))
                .isEqualTo("Work like an expert. An expert knows.");
        assertThat(Phrases.replace("We want an rockstar.", "rockstar", "skilled engineer"))
                .isEqualTo("We want a skilled engineer.");
        assertThat(Phrases.replace("Join as an Ace engineer", "ace engineer", "experienced engineer"))
                .as("the phrase's own capital decides the replacement's")
                .isEqualTo("Join as an Experienced engineer");
        assertThat(Phrases.replace("Panama ninja", "ninja", "expert"))
                .as("a word ending in a is no article")
                .isEqualTo("Panama expert");
    }

    @Test
    void offersTheSuggestionsFirstWordingAndNothingForAdvice() {
        assertThat(warning("motivated to grow; for goals, 'stretching'").offered())
                .isEqualTo("motivated to grow");
        assertThat(warning("expert, specialist").offered()).isEqualTo("expert");
        assertThat(warning("skilled engineer / experienced specialist").offered())
                .isEqualTo("skilled engineer");
        assertThat(warning("remove; if there is a dress code, describe it").offered())
                .isEmpty();
        assertThat(warning("уберите требование").offered()).isEmpty();
        assertThat(warning("").offered()).isEmpty();
    }

    private static Warning warning(String suggestion) {
        return new Warning("phrase", "reason", suggestion, "", "", "");
    }
}
