package io.hrassist.resume.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.Language;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Both languages say the same things: the same keys, the same placeholders, read as UTF-8. */
class TextsTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        ResourceBundle en = bundle(Language.EN);
        ResourceBundle ru = bundle(Language.RU);

        assertThat(ru.keySet()).isEqualTo(en.keySet());
        for (String key : en.keySet()) {
            assertThat(placeholders(ru.getString(key))).as(key).isEqualTo(placeholders(en.getString(key)));
        }
    }

    @Test
    void readsRussianAsUtf8AndNamesEveryWrittenLanguageInBoth() {
        assertThat(Texts.of(Language.RU).format("language.written-in", "немецком", "русский не указан."))
                .isEqualTo("Резюме написано на немецком языке; русский не указан.");
        for (WrittenLanguage written : WrittenLanguage.values()) {
            assertThat(bundle(Language.EN).getString("written." + written.name()))
                    .isNotBlank();
        }
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(
                "io.hrassist.resume.domain.texts",
                Locale.forLanguageTag(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static long placeholders(String text) {
        return text.split("%[sd]", -1).length - 1;
    }
}
