package io.movierecs.web.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.movies.MovieLensImporter;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.PageSession;
import io.movierecs.web.support.TestCatalogue;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages without JavaScript: plain forms and redirects. */
@MicronautTest(transactional = false)
class RatingPagesTest {

    @Inject
    EmbeddedServer server;
    @Inject
    MovieLensImporter importer;
    PageSession browser;

    @BeforeEach
    void signedInBrowser() {
        TestCatalogue.ensureImported(importer);
        browser = new PageSession(server);
        browser.submit("/signup", "/signup", Map.of("email", Api.uniqueEmail("pages"),
                "password", "long enough pw", "displayName", "Pages"));
    }

    @Test
    void theMoviePageShowsItsFiguresAndRatingWithAFormSavesIt() {
        String before = browser.get("/movies/1").body();
        assertThat(before).contains("Toy Story (1995)", "Adventure, Animation, Children, Comedy, Fantasy",
                "out of 5", "You have not rated this movie.");

        HttpResponse<String> saved = browser.submit("/movies/1", "/movies/1/rating", Map.of("rating", "4.0"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(browser.get("/movies/1").body()).contains("You rated it 4.0 stars.");
        assertThat(browser.get("/me/ratings").body()).contains("Toy Story (1995)", "1 movies rated");

        browser.submit("/movies/1", "/movies/1/rating/delete", Map.of());
        assertThat(browser.get("/movies/1").body()).contains("You have not rated this movie.");
    }

    @Test
    void anInvalidRatingFromAFormIsRefusedAndNotStored() {
        HttpResponse<String> response = browser.submit("/movies/1", "/movies/1/rating", Map.of("rating", "3.3"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(browser.get("/me/ratings").body()).contains("You have not rated any movies yet");
    }

    @Test
    void anUnknownMoviePageIsNotFound() {
        assertThat(browser.get("/movies/999999999").statusCode()).isEqualTo(404);
        assertThat(browser.get("/movies/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void searchTermsAreShownEscapedAndBadPagingFallsBackToTheFirstPage() {
        HttpResponse<String> response = browser.get("/movies?query=%3Cscript%3Ex%3C%2Fscript%3E&page=-3");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x</script>");
        assertThat(browser.get("/movies?query=toy+story").body()).contains("Toy Story (1995)");
    }

    @Test
    void onboardingOffersPopularMoviesAcrossGenresAndAsksForTenRatings() {
        String page = browser.get("/onboarding").body();
        assertThat(page).contains("Forrest Gump (1994)", "You have rated 0 of 10.");

        HttpResponse<String> tooFew = browser.submit("/onboarding", "/onboarding",
                Map.of("rating-356", "4.5", "rating-318", "5.0"));

        assertThat(tooFew.statusCode()).isEqualTo(200);
        assertThat(tooFew.body()).contains("rate 8 more");
    }

    @Test
    void onboardingRefusesAFormWithMoreRatingsThanItOffersAndStoresNone() {
        Map<String, String> hundred = new java.util.HashMap<>();
        Map<String, String> thousands = new java.util.HashMap<>();
        for (int movieId = 1; movieId <= 3000; movieId++) {
            (movieId <= 100 ? hundred : thousands).put("rating-" + movieId, "4.0");
        }

        HttpResponse<String> refused = browser.submit("/onboarding", "/onboarding", hundred);
        HttpResponse<String> tooLarge = browser.submit("/onboarding", "/onboarding", thousands);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("at most 60");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(browser.get("/onboarding").body()).contains("You have rated 0 of 10.");
    }

    @Test
    void onboardingStoresAllItsRatingsOrNone() {
        HttpResponse<String> unknownMovie = browser.submit("/onboarding", "/onboarding",
                Map.of("rating-356", "4.5", "rating-999999999", "5.0"));
        assertThat(unknownMovie.statusCode()).isEqualTo(404);
        assertThat(browser.get("/onboarding").body()).contains("You have rated 0 of 10.");

        Map<String, String> ten = new java.util.HashMap<>();
        for (int movieId : new int[] {1, 2, 3, 5, 6, 7, 10, 32, 47, 50}) {
            ten.put("rating-" + movieId, "3.5");
        }
        HttpResponse<String> done = browser.submit("/onboarding", "/onboarding", ten);

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(browser.get("/me/ratings").body()).contains("Toy Story (1995)", "Heat (1995)");
    }

    @Test
    void onboardingCanBeSkipped() {
        HttpResponse<String> skipped = browser.submit("/onboarding", "/onboarding/skip", Map.of());

        assertThat(skipped.statusCode()).isEqualTo(303);
        assertThat(skipped.headers().firstValue("Location")).hasValue("/recommendations");
    }
}
