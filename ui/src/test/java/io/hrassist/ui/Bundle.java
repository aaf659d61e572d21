package io.hrassist.ui;

import java.util.Locale;
import java.util.ResourceBundle;

/** The pages' texts as the tests expect them: a message of {@code i18n/messages} in a language. */
final class Bundle {

    private Bundle() {}

    static String text(String lang, String key) {
        return ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(lang))
                .getString(key);
    }
}
