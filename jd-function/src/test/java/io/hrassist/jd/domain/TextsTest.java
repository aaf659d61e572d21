package io.hrassist.jd.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.Language;
import io.hrassist.events.fixtures.BundleParity;
import org.junit.jupiter.api.Test;

/** Both languages say the same things: the same keys, the same placeholders, read as UTF-8. */
class TextsTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        BundleParity.assertSameKeysAndPlaceholders("io.hrassist.jd.domain.texts");
    }

    @Test
    void readsRussianAsUtf8AndFillsPlaceholders() {
        assertThat(Texts.of(Language.RU).format("summary.generic", "Электрик"))
                .isEqualTo("Мы ищем специалиста на позицию «Электрик».");
        assertThat(Labels.of(Language.EN).summaryFor("Electrician"))
                .isEqualTo("We are looking for an Electrician to join our team.");
    }
}
