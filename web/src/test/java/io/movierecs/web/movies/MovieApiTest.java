package io.movierecs.web.movies;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import io.movierecs.web.support.TestCatalogue;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MovieApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    MovieLensImporter importer;
    @Inject
    MovieCatalogue catalogue;
    Api api;

    @BeforeEach
    void catalogue() {
        TestCatalogue.ensureImported(importer);
        api = new Api(server, json);
    }

    @Test
    void searchFindsTitleWordsWhateverTheirCaseAndOrder() {
        assertThat(titles(search("query=STORY+toy"))).first().isEqualTo("Toy Story (1995)");
    }

    @Test
    void searchIgnoresAccents() {
        assertThat(titles(search("query=" + encode("amelie poulain")))).anyMatch(t -> t.contains("Amélie"));
        assertThat(titles(search("query=" + encode("AMÉLIE poulain")))).anyMatch(t -> t.contains("Amélie"));
    }

    @Test
    void searchForgivesATypo() {
        assertThat(titles(search("query=" + encode("toy stroy")))).contains("Toy Story (1995)");
        assertThat(titles(search("query=matrx")).get(0)).isEqualTo("Matrix, The (1999)");
    }

    @Test
    void searchFiltersByGenreAndYear() {
        JsonNode page = search("genre=Animation&year=1995&size=100");

        assertThat(page.get("total").getLongValue()).isPositive();
        for (JsonNode movie : page.get("items").values()) {
            assertThat(movie.get("year").getIntValue()).isEqualTo(1995);
            assertThat(strings(movie.get("genres"))).contains("Animation");
        }
        assertThat(titles(page)).contains("Toy Story (1995)");
    }

    @Test
    void resultsComeByRelevanceThenByNumberOfRatings() {
        List<String> titles = titles(search("query=star+wars&size=5"));

        assertThat(titles.get(0)).startsWith("Star Wars: Episode IV");
    }

    @Test
    void searchIsPaginated() {
        JsonNode first = search("query=love&size=5&page=0");
        JsonNode second = search("query=love&size=5&page=1");

        assertThat(first.get("total").getLongValue()).isGreaterThan(10);
        assertThat(first.get("items").size()).isEqualTo(5);
        assertThat(titles(first)).doesNotContainAnyElementsOf(titles(second));
    }

    @Test
    void sqlAndMarkupInSearchTermsAreJustText() {
        for (String term : List.of("'; DROP TABLE movies; --", "<script>alert(1)</script>", "100%", "a_b", "\\")) {
            Response response = api.get("/api/movies?query=" + encode(term));
            assertThat(response.status()).as(term).isEqualTo(200);
        }
        assertThat(catalogue.count()).isGreaterThanOrEqualTo(9_742);
    }

    @Test
    void badPagingIsRefusedWithAProblem() {
        for (String query : List.of("page=-1", "size=0", "size=101", "page=abc", "year=abc")) {
            Response response = api.get("/api/movies?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.detail()).isNotBlank();
        }
    }

    @Test
    void oneMovieShowsItsFiguresAndAnUnknownOneIsNotFound() {
        JsonNode toyStory = api.get("/api/movies/1").json();
        assertThat(toyStory.get("title").getStringValue()).isEqualTo("Toy Story (1995)");
        assertThat(toyStory.get("year").getIntValue()).isEqualTo(1995);
        assertThat(toyStory.get("ratingCount").getLongValue()).isGreaterThanOrEqualTo(215);
        assertThat(toyStory.get("averageRating").getDoubleValue()).isBetween(3.5, 4.2);

        Response missing = api.get("/api/movies/999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/movies/abc").status()).isEqualTo(400);
    }

    @Test
    void popularMoviesComeFromTheCombinedRatingCounts() {
        List<Movie> popular = catalogue.popular(5);
        assertThat(popular).extracting(Movie::title).contains("Forrest Gump (1994)");
        assertThat(popular).extracting(Movie::ratingCount).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(catalogue.findByIds(List.of(2, 1, 424242424))).containsOnlyKeys(2, 1);
    }

    private JsonNode search(String query) {
        Response response = api.get("/api/movies?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").values().forEach(movie -> titles.add(movie.get("title").getStringValue()));
        return titles;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(value -> values.add(value.getStringValue()));
        return values;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
