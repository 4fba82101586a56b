package io.movierecs.web.ratings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** A movie page's rating form: the chosen value and the page to return to. */
@Serdeable
record RatingForm(@Nullable @Size(max = 16, message = RatingValues.RULE) String rating,
                  @Nullable @Size(max = 200, message = "back must be at most 200 characters") String back) {
}
