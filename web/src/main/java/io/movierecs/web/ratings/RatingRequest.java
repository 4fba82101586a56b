package io.movierecs.web.ratings;

import io.micronaut.serde.annotation.Serdeable;
import io.movierecs.contracts.RatingScale;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

@Serdeable
public record RatingRequest(@NotNull(message = "rating is required (" + RatingScale.RANGE + ")") BigDecimal rating) {
}
