package io.hrassist.events;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed sentences in one of the contract's languages, from a properties bundle ({@code <bundle>_<code>.properties},
 * UTF-8): a sentence is picked by key, never by a branch on the language in code. A missing key fails loudly, and a
 * language never falls back to another.
 */
public final class LanguageTexts {

    private static final Map<String, LanguageTexts> LOADED = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;

    private LanguageTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The texts of {@code bundle} (a base name such as {@code io.hrassist.jd.domain.texts}) in {@code language}. */
    public static LanguageTexts of(String bundle, Language language) {
        return LOADED.computeIfAbsent(
                bundle + "_" + language.code(),
                key -> new LanguageTexts(ResourceBundle.getBundle(
                        bundle,
                        Locale.forLanguageTag(language.code()),
                        LanguageTexts.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text with its {@code %s} filled in order. */
    public String format(String key, Object... values) {
        return get(key).formatted(values);
    }
}
