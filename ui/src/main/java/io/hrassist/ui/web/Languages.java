package io.hrassist.ui.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.CompositeHttpLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The page language: the one chosen with the switcher (cookie), else the browser's first supported one, else English. */
@Singleton
@Primary
@Replaces(CompositeHttpLocaleResolver.class)
class Languages implements HttpLocaleResolver {

    static final List<String> SUPPORTED = List.of("en", "ru");

    private final Cookies cookies;

    Languages(Cookies cookies) {
        this.cookies = cookies;
    }

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        String chosen = cookies.value(request, Cookies.LANGUAGE);
        if (chosen != null && SUPPORTED.contains(chosen)) {
            return Optional.of(Locale.forLanguageTag(chosen));
        }
        String accepted = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (accepted == null || accepted.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(accepted).stream()
                    .map(range -> range.getRange().split("-")[0].toLowerCase(Locale.ROOT))
                    .filter(SUPPORTED::contains)
                    .findFirst()
                    .map(Locale::forLanguageTag);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Locale resolveOrDefault(HttpRequest<?> request) {
        return resolve(request).orElse(Locale.ENGLISH);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
