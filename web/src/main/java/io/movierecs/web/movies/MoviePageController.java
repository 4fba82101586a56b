package io.movierecs.web.movies;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.movierecs.contracts.RatingScale;
import io.movierecs.web.accounts.CurrentUser;
import io.movierecs.web.system.PageModel;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;

/** Browse and search, and one movie's page. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
class MoviePageController {

    static final int PAGE_SIZE = 24;

    private final MovieSearchService search;
    private final MovieCatalogue catalogue;

    MoviePageController(MovieSearchService search, MovieCatalogue catalogue) {
        this.search = search;
        this.catalogue = catalogue;
    }

    @Get
    HttpResponse<?> home() {
        return HttpResponse.seeOther(URI.create("/movies"));
    }

    @Get("/movies")
    ModelAndView<?> browse(@Nullable @QueryValue String query, @Nullable @QueryValue String genre,
                           @Nullable @QueryValue String year, @Nullable @QueryValue String page) {
        String cleanQuery = query == null ? "" : query.strip();
        Integer cleanYear = parseOrNull(year);
        int cleanPage = Math.max(0, parseOrNull(page) == null ? 0 : parseOrNull(page));
        MoviePage results = search.search(new MovieSearch(cleanQuery.length() > 200 ? cleanQuery.substring(0, 200)
                : cleanQuery, genre, cleanYear, Math.min(cleanPage, 100_000), PAGE_SIZE));
        return new ModelAndView<>("movies", PageModel.of(
                "query", cleanQuery, "genre", genre == null ? "" : genre, "year", cleanYear == null ? "" : cleanYear,
                "genres", catalogue.genres(), "results", results));
    }

    @Get("/movies/{movieId}")
    HttpResponse<?> movie(@PathVariable String movieId, @Nullable Authentication user) {
        Integer id = parseOrNull(movieId);
        var movie = id == null ? java.util.Optional.<Movie>empty() : catalogue.find(id);
        if (movie.isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("not-found",
                    PageModel.of("message", "There is no movie with id " + movieId + ".")));
        }
        Double userRating = user == null ? null : catalogue.ratingBy(CurrentUser.id(user), id).orElse(null);
        return HttpResponse.ok(new ModelAndView<>("movie", PageModel.of(
                "movie", movie.get(), "userRating", userRating, "ratingValues", RatingScale.values())));
    }

    private static Integer parseOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
