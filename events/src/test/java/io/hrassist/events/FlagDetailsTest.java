package io.hrassist.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.FlagDetails.Said;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every detail text the resume function writes reads back as its id and arguments, so a translation can show it. */
class FlagDetailsTest {

    @ParameterizedTest
    @EnumSource(FlagDetails.Hidden.class)
    void everyKindOfHiddenTextReadsBack(FlagDetails.Hidden why) {
        assertThat(FlagDetails.read(FlagDetails.hidden(why)))
                .map(Said::id)
                .hasValueSatisfying(id -> assertThat(id).startsWith("hidden.").doesNotContain("_"));
    }

    @Test
    void fixedTextsReadBack() {
        assertThat(FlagDetails.read(FlagDetails.ZERO_WIDTH)).hasValue(new Said("zeroWidth", List.of()));
        assertThat(FlagDetails.read(FlagDetails.INSTRUCTIONS)).hasValue(new Said("instructions", List.of()));
        assertThat(FlagDetails.read(" " + FlagDetails.HIDDEN_INSTRUCTIONS + "\n"))
                .hasValue(new Said("hiddenInstructions", List.of()));
    }

    @Test
    void textsWithValuesReadBackWithThem() {
        assertThat(FlagDetails.read(FlagDetails.stuffed("Power BI", 14)))
                .hasValue(new Said("stuffing", List.of("Power BI", "14")));
        assertThat(FlagDetails.read(FlagDetails.claimed("Kubernetes", "MET", "MISSING")))
                .hasValue(new Said("claimed", List.of("Kubernetes", "MET", "MISSING")));
        assertThat(FlagDetails.read(FlagDetails.more(7))).hasValue(new Said("more", List.of("7")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Male", "No children", "Native English speaker", "Under 30", "Orthodox Christian"})
    void aCriterionNotScoredReadsBackWithItsTrait(String criterion) {
        ProtectedTraits.Finding finding = ProtectedTraits.find(criterion).orElseThrow();

        assertThat(FlagDetails.read(FlagDetails.notScored(false, finding)))
                .hasValue(new Said("notScored", List.of("nice-to-have", criterion, finding.trait())));
        assertThat(FlagDetails.read(FlagDetails.notScored(true, finding)))
                .map(said -> said.arguments().get(0))
                .hasValue("must-have");
    }

    @Test
    void anyOtherTextHasNoId() {
        assertThat(FlagDetails.read("Something the function never writes.")).isEmpty();
        assertThat(FlagDetails.read("Text hidden from a human reader (a reason never written) was not scored."))
                .isEmpty();
    }
}
