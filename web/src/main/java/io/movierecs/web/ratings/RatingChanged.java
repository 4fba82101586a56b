package io.movierecs.web.ratings;

/** Published after a user's rating of a movie was created, changed or deleted and committed. */
public record RatingChanged(long userId, int movieId) {
}
