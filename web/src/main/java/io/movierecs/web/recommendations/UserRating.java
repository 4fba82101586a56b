package io.movierecs.web.recommendations;

import java.time.Instant;

/** One of the user's ratings as the recommender needs it. */
record UserRating(int movieId, double rating, Instant ratedAt) {
}
