package io.movierecs.web.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Adds what the layout needs on every page: who is signed in, and the form CSRF token. */
@Singleton
class LayoutModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    private final CsrfTokens csrf;

    LayoutModelProcessor(CsrfTokens csrf) {
        this.csrf = csrf;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        model.put("csrfToken", csrf.tokenFor(request));
        model.put("csrfField", CsrfTokens.FIELD);
        request.getUserPrincipal(Authentication.class).ifPresent(user -> {
            model.put("currentUserName", user.getAttributes().get("displayName"));
            model.put("isAdmin", user.getRoles().contains("ADMIN"));
        });
        model.putIfAbsent("currentUserName", null);
        model.putIfAbsent("isAdmin", false);
        modelAndView.setModel(model);
    }
}
