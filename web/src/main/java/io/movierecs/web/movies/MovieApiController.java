package io.movierecs.web.movies;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.movierecs.web.system.ApiAccess;
import io.movierecs.web.system.ApiProblems;
import io.movierecs.web.system.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "movies")
@ApiAccess.Public
@ApiProblems.BadRequest
@ApiProblems.ServiceUnavailable
class MovieApiController {

    private final MovieSearchService search;
    private final MovieCatalogue catalogue;

    MovieApiController(MovieSearchService search, MovieCatalogue catalogue) {
        this.search = search;
        this.catalogue = catalogue;
    }

    @Get("/movies")
    @Operation(summary = "Search the catalogue by title words, genre and year; pages count from 0")
    MoviePage search(@Nullable @QueryValue @Size(max = 200, message = "query must be at most 200 characters") String query,
                     @Nullable @QueryValue @Size(max = 50) String genre,
                     @Nullable @QueryValue @Min(value = 1800, message = "year must be 1800 or later")
                     @Max(value = 2200, message = "year must be 2200 or earlier") Integer year,
                     @QueryValue(defaultValue = "0") @Min(value = 0, message = "page must be 0 or more")
                     @Max(value = 100_000, message = "page must be at most 100000") int page,
                     @QueryValue(defaultValue = "20") @Min(value = 1, message = "size must be between 1 and 100")
                     @Max(value = MovieSearch.MAX_SIZE, message = "size must be between 1 and 100") int size) {
        return search.search(new MovieSearch(query, genre, year, page, size));
    }

    @Get("/movies/{movieId}")
    @Operation(summary = "One movie with its rating count and average")
    @ApiProblems.NotFound
    Movie movie(@PathVariable int movieId) {
        return catalogue.find(movieId)
                .orElseThrow(() -> ProblemException.notFound("There is no movie with id " + movieId));
    }

    @Get("/genres")
    @Operation(summary = "The genres movies can be filtered by")
    List<String> genres() {
        return catalogue.genres();
    }
}
