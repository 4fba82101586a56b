package io.movierecs.web.system;

import java.util.HashMap;
import java.util.Map;

/** Builds the mutable Map model that pages use, so the layout processor can add to it. */
public final class PageModel {

    private PageModel() {
    }

    public static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> model = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return model;
    }
}
