package io.movierecs.web.ratings;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

@Serdeable
public record RatingRequest(@NotNull(message = "rating is required (0.5 to 5.0 in steps of 0.5)") BigDecimal rating) {
}
