package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SchedulePeriodTest {

    @Test
    void aRateIsItsOwnPeriod() {
        assertThat(SchedulePeriod.of("rate(1 day)")).isEqualTo(Duration.ofDays(1));
        assertThat(SchedulePeriod.of("rate(6 hours)")).isEqualTo(Duration.ofHours(6));
        assertThat(SchedulePeriod.of("rate(30 minutes)")).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aCronIsReadAsDailyWeeklyOrMonthly() {
        assertThat(SchedulePeriod.of("cron(0 3 * * ? *)")).isEqualTo(Duration.ofDays(1));
        assertThat(SchedulePeriod.of("cron(0 3 ? * MON *)")).isEqualTo(Duration.ofDays(7));
        assertThat(SchedulePeriod.of("cron(0 3 1 * ? *)")).isEqualTo(Duration.ofDays(31));
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> SchedulePeriod.of("every day")).hasMessageContaining("rate(1 day)");
    }
}
