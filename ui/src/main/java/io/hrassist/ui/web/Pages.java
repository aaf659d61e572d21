package io.hrassist.ui.web;

import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.Map;

/** Building page models: mutable maps, since {@link PageModel} adds to every one. */
final class Pages {

    private Pages() {}

    static ModelAndView<Map<String, Object>> view(String name, Object... keysAndValues) {
        var model = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new ModelAndView<>(name, model);
    }
}
