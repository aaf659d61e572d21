package io.hrassist.jd.domain;

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
    void readsRussianAsUtf8AndFillsPlaceholders() {
        assertThat(Texts.of(Language.RU).format("summary.generic", "Электрик"))
                .isEqualTo("Мы ищем специалиста на позицию «Электрик».");
        assertThat(Labels.of(Language.EN).summaryFor("Electrician"))
                .isEqualTo("We are looking for an Electrician to join our team.");
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(
                "io.hrassist.jd.domain.texts",
                Locale.forLanguageTag(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static long placeholders(String text) {
        return text.split("%s", -1).length - 1;
    }
}
