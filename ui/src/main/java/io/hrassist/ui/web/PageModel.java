package io.hrassist.ui.web;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;

/**
 * What every page and fragment needs: the CSRF token, the language, the path (for the language switcher), and the
 * {@link Texts} that say the functions' English words in that language.
 */
@Singleton
class PageModel implements ViewModelProcessor<Map<String, Object>> {

    private final Languages languages;
    private final Cookies cookies;
    private final MessageSource messages;

    PageModel(Languages languages, Cookies cookies, MessageSource messages) {
        this.languages = languages;
        this.cookies = cookies;
        this.messages = messages;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> view) {
        view.getModel().ifPresent(model -> {
            model.put(
                    "csrf",
                    request.getAttribute(CsrfFilter.ATTRIBUTE, String.class).orElse(""));
            Locale locale = languages.resolveOrDefault(request);
            model.put("lang", locale.getLanguage());
            model.put("texts", new Texts(messages, locale));
            model.put("path", request.getUri().toString());
            model.put("signedIn", cookies.session(request) != null);
            model.put("me", Session.userOrNull(request));
        });
    }
}
