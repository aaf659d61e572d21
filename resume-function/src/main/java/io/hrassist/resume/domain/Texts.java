package io.hrassist.resume.domain;

import io.hrassist.events.Language;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The fixed sentences of an evaluation (criterion names, reasons, summary) in one language, from {@code io/hrassist/resume/domain/texts_<code>.properties}
 * (UTF-8): a sentence is picked by key, never by a branch on the language in code. A missing key fails loudly.
 */
final class Texts {

    private static final String BUNDLE = "io.hrassist.resume.domain.texts";
    private static final Map<Language, Texts> ALL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ALL.put(language, new Texts(load(language)));
        }
    }

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static Texts of(Language language) {
        return ALL.get(language);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** The text with its {@code %s} filled in order. */
    String format(String key, Object... values) {
        return get(key).formatted(values);
    }

    private static ResourceBundle load(Language language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                Locale.forLanguageTag(language.code()),
                Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
