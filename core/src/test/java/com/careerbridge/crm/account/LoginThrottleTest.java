package com.careerbridge.crm.account;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(null, new LoginThrottleProperties(3, Duration.ofSeconds(1),
            Duration.ofMinutes(5), 20, 100, Duration.ofMinutes(15)), Clock.systemUTC());

    @Test
    void theDelayDoublesAfterTheFreeFailuresAndStopsAtTheCap() {
        assertThat(throttle.pairDelay(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.pairDelay(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.pairDelay(12)).isEqualTo(Duration.ofSeconds(256));
        assertThat(throttle.pairDelay(13)).isEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.pairDelay(1_000)).isEqualTo(Duration.ofMinutes(5));
    }
}
