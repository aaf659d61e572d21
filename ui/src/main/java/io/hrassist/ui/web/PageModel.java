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
    private final Cookies cookies;

    PageModel(Languages languages, Cookies cookies) {
        this.languages = languages;
        this.cookies = cookies;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> view) {
        view.getModel().ifPresent(model -> {
            model.put(
                    "csrf",
                    request.getAttribute(CsrfFilter.ATTRIBUTE, String.class).orElse(""));
            model.put("lang", languages.resolveOrDefault(request).getLanguage());
            model.put("path", request.getUri().toString());
            model.put("signedIn", cookies.session(request) != null);
        });
    }
}
