package io.movierecs.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatingScaleTest {

    @Test
    void theScaleIsHalfStarsFromHalfAStarToFive() {
        assertThat(RatingScale.values()).containsExactly(0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0);
        assertThat(RatingScale.RANGE).isEqualTo("0.5 to 5.0 in steps of 0.5");
    }

    @Test
    void everyValueOfTheScaleIsAcceptedAndNothingElse() {
        assertThat(RatingScale.values()).allMatch(RatingScale::accepts);
        assertThat(RatingScale.accepts(4.5f)).isTrue();
        assertThat(RatingScale.accepts(0)).isFalse();
        assertThat(RatingScale.accepts(0.3)).isFalse();
        assertThat(RatingScale.accepts(2.7)).isFalse();
        assertThat(RatingScale.accepts(5.5)).isFalse();
        assertThat(RatingScale.accepts(-1)).isFalse();
        assertThat(RatingScale.accepts(Double.NaN)).isFalse();
    }
}
