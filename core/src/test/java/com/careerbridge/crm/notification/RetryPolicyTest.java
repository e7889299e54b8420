package com.careerbridge.crm.notification;

import java.time.Duration;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private static RetryPolicy withRandom(double value) {
        RandomGenerator fixed = new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
        return new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(2), 8, fixed);
    }

    @Test
    void the_pause_doubles_with_each_attempt_up_to_the_maximum() {
        RetryPolicy policy = withRandom(0.999_999);

        assertThat(policy.ceilingMillis(1)).isEqualTo(Duration.ofMinutes(1).toMillis());
        assertThat(policy.ceilingMillis(2)).isEqualTo(Duration.ofMinutes(2).toMillis());
        assertThat(policy.ceilingMillis(4)).isEqualTo(Duration.ofMinutes(8).toMillis());
        assertThat(policy.ceilingMillis(8)).isEqualTo(Duration.ofHours(2).toMillis());
        assertThat(policy.ceilingMillis(1000)).isEqualTo(Duration.ofHours(2).toMillis());
    }

    @Test
    void jitter_keeps_the_pause_between_half_and_all_of_the_ceiling() {
        assertThat(withRandom(0).pauseAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(withRandom(0.5).pauseAfter(3)).isEqualTo(Duration.ofMinutes(3));
        assertThat(withRandom(0.999_999).pauseAfter(3)).isBetween(Duration.ofSeconds(239), Duration.ofMinutes(4));
    }

    @Test
    void attempts_run_out_at_the_configured_limit() {
        RetryPolicy policy = withRandom(0);

        assertThat(policy.exhausted(7)).isFalse();
        assertThat(policy.exhausted(8)).isTrue();
    }
}
