package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A page whose template fails while rendering answers 500 at once; it used to leave the browser waiting. */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "ViewRenderingErrorTest")
class ViewRenderingErrorTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    @Timeout(8)
    void aTemplateThatThrowsGivesAServerErrorInsteadOfNoAnswer() {
        HttpClientResponseException error = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/exploding").accept(MediaType.TEXT_HTML), String.class));

        assertThat((Object) error).as("the page's answer").isNotNull();
        assertThat((Object) error.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Requires(property = "spec.name", value = "ViewRenderingErrorTest")
    @Controller("/exploding")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class ExplodingPageController {
        @Get
        @Produces(MediaType.TEXT_HTML)
        ModelAndView<Map<String, Object>> page() {
            return new ModelAndView<>("exploding", Map.of("exploding", new Exploding()));
        }
    }

    public static final class Exploding {
        public String getValue() {
            throw new IllegalStateException("the model cannot give this value");
        }
    }
}
