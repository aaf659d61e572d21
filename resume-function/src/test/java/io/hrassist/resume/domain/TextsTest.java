package io.hrassist.resume.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.Language;
import io.hrassist.events.fixtures.BundleParity;
import org.junit.jupiter.api.Test;

/** Both languages say the same things: the same keys, the same placeholders, read as UTF-8. */
class TextsTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        BundleParity.assertSameKeysAndPlaceholders("io.hrassist.resume.domain.texts");
    }

    @Test
    void readsRussianAsUtf8AndNamesEveryWrittenLanguageInBoth() {
        assertThat(Texts.of(Language.RU).format("language.written-in", "немецком", "русский не указан."))
                .isEqualTo("Резюме написано на немецком языке; русский не указан.");
        for (WrittenLanguage written : WrittenLanguage.values()) {
            assertThat(Texts.of(Language.EN).get("written." + written.name())).isNotBlank();
        }
    }
}
