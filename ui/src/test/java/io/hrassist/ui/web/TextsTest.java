package io.hrassist.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.FlagDetails;
import io.hrassist.events.ProtectedTraits;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every flag detail the resume function can write reaches a Russian page in Russian: the texts come from the shared
 * contract ({@link FlagDetails}), so a detail reworded there fails here instead of silently leaving the page.
 */
class TextsTest {

    private final Texts russian =
            new Texts(new ResourceBundleMessageSource("i18n.messages"), Locale.forLanguageTag("ru"));
    private final Texts english = new Texts(new ResourceBundleMessageSource("i18n.messages"), Locale.ENGLISH);

    @Test
    void everyFlagDetailIsSaidInRussianWithoutEnglishWords() {
        for (String detail : everyDetail()) {
            String said = russian.flagDetail(detail);
            assertThat(said).as(detail).isNotBlank();
            assertThat(said.replaceAll("«[^»]*»", "«»")).as(detail).doesNotContainPattern("[A-Za-z]{3,}");
            assertThat(english.flagDetail(detail)).isEqualTo(detail);
        }
    }

    @Test
    void aCriterionNotScoredNamesItsGroupAndTraitInRussian() {
        var finding = ProtectedTraits.find("No children").orElseThrow();

        assertThat(russian.flagDetail(FlagDetails.notScored(true, finding)))
                .isEqualTo("Обязательный критерий «No children» не оценивался: он называет защищённый признак"
                        + " (семейное положение), по нему нельзя оценивать кандидатов");
    }

    @Test
    void aStuffedSkillNeedsNoPluralOfItsCount() {
        for (int count : new int[] {1, 3, 5, 21}) {
            assertThat(russian.flagDetail(FlagDetails.stuffed("Python", count)))
                    .isEqualTo("«Python» повторяется, в основном в списках ключевых слов: упоминаний — " + count
                            + "; повторы не повышают оценку");
        }
    }

    private static List<String> everyDetail() {
        var details = new ArrayList<>(List.of(
                FlagDetails.ZERO_WIDTH,
                FlagDetails.INSTRUCTIONS,
                FlagDetails.HIDDEN_INSTRUCTIONS,
                FlagDetails.stuffed("Power BI", 12),
                FlagDetails.claimed("Python", "MET", "MISSING"),
                FlagDetails.more(4)));
        for (FlagDetails.Hidden why : FlagDetails.Hidden.values()) {
            details.add(FlagDetails.hidden(why));
        }
        for (String trait : List.of(
                "Male",
                "Under 30",
                "No children",
                "Native English speaker",
                "Muslim",
                "No disability",
                "Heterosexual",
                "Not a union member")) {
            ProtectedTraits.find(trait).ifPresent(f -> details.add(FlagDetails.notScored(false, f)));
        }
        return details;
    }
}
