package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.support.Api;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

@MicronautTest(transactional = false)
class OpenApiTest {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void theOpenApiDocumentDescribesTheJsonApi() {
        Api.Response spec = new Api(server, json).get("/swagger/movierecs-1.yml");

        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/signup", "/api/login", "/api/movies/{movieId}",
                "/api/me/ratings/{movieId}", "bearer");
    }

    /** What a client generator needs from each operation; bin/lint-openapi checks the rest. */
    @Test
    void everyOperationSaysWhoMayCallItWhatItDoesAndWhichProblemsItAnswers() {
        Map<String, Object> document = document();
        List<String> incomplete = new ArrayList<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, value) -> {
            Map<String, Object> operation = map(value);
            boolean problems = map(operation.get("responses")).entrySet().stream()
                    .filter(response -> response.getKey().startsWith("4"))
                    .anyMatch(response -> PROBLEM_REF.equals(problemSchemaRef(map(response.getValue()))));
            if (!operation.containsKey("security") || !operation.containsKey("summary") || !problems) {
                incomplete.add(method + " " + path);
            }
        }));

        assertThat(incomplete).isEmpty();
        assertThat((List<?>) document.get("servers")).isNotEmpty();
    }

    @Test
    void theProblemSchemaAndTheCookieSchemeMatchWhatTheAppSends() {
        Map<String, Object> components = map(document().get("components"));

        assertThat(map(map(map(components.get("schemas")).get("Problem")).get("properties")).keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Problem.class.getRecordComponents())
                        .map(RecordComponent::getName).toList());
        assertThat(map(map(components.get("securitySchemes")).get(ApiAccess.SESSION_COOKIE)))
                .containsEntry("in", "cookie").containsEntry("name", CrossSiteFilter.SESSION_COOKIE);
    }

    @Test
    void swaggerUiIsServedByTheAppItself() {
        Api api = new Api(server, json);
        Api.Response page = api.get("/swagger-ui/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/swagger-ui/res/swagger-ui-bundle.js").doesNotContain("https://");
        assertThat(api.get("/swagger-ui/res/swagger-ui-bundle.js").status()).isEqualTo(200);
    }

    private Map<String, Object> document() {
        Api.Response spec = new Api(server, json).get("/swagger/movierecs-1.yml");
        assertThat(spec.status()).isEqualTo(200);
        return new Yaml().load(spec.body());
    }

    private static Object problemSchemaRef(Map<String, Object> response) {
        Map<String, Object> problemJson = map(map(response.get("content")).get(Problem.CONTENT_TYPE));
        return map(problemJson.get("schema")).get("$ref");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
