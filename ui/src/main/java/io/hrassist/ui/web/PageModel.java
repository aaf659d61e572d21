package io.hrassist.ui.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/** What every page and fragment needs: the CSRF token, the language, the path (for the language switcher). */
@Singleton
class PageModel implements ViewModelProcessor<Map<String, Object>> {

    private final Languages languages;

    PageModel(Languages languages) {
        this.languages = languages;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> view) {
        view.getModel().ifPresent(model -> {
            model.put(
                    "csrf",
                    request.getAttribute(CsrfFilter.ATTRIBUTE, String.class).orElse(""));
            model.put("lang", languages.resolveOrDefault(request).getLanguage());
            model.put("path", request.getUri().toString());
            model.put("signedIn", Cookies.value(request, Cookies.SESSION) != null);
        });
    }
}
