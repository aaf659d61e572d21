package io.hrassist.resume.domain;

import io.hrassist.events.Language;
import io.hrassist.events.LanguageTexts;

/** This module's fixed sentences, from {@code io/hrassist/resume/domain/texts_<code>.properties}. */
final class Texts {

    private Texts() {}

    static LanguageTexts of(Language language) {
        return LanguageTexts.of("io.hrassist.resume.domain.texts", language);
    }
}
