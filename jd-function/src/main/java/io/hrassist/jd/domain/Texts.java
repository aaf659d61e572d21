package io.hrassist.jd.domain;

import io.hrassist.events.Language;
import io.hrassist.events.LanguageTexts;

/** This module's fixed sentences, from {@code io/hrassist/jd/domain/texts_<code>.properties}. */
final class Texts {

    private Texts() {}

    static LanguageTexts of(Language language) {
        return LanguageTexts.of("io.hrassist.jd.domain.texts", language);
    }
}
