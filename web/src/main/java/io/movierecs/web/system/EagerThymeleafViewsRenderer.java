package io.movierecs.web.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Renders each page completely before the response starts. Micronaut Views runs the template
 * while it writes the body, after the status line has gone out; an error there is logged and the
 * response never ends, leaving the browser waiting (micronaut-views issue 832). Rendered up front,
 * a failing template is an ordinary exception and the user gets a 500.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class EagerThymeleafViewsRenderer<T> extends ThymeleafViewsRenderer<T> {

    EagerThymeleafViewsRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                                ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter page = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException e) {
            throw new ViewRenderingException("Error rendering Thymeleaf view [" + viewName + "]", e);
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}
