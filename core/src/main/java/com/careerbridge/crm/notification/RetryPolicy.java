package com.careerbridge.crm.notification;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": after the n-th failed attempt the pause is between half and all of
 * {@code initial * 2^(n-1)} (capped), so the messages of a batch that failed together do not all come back together.
 */
final class RetryPolicy {

    private final Duration initial;
    private final Duration max;
    private final int maxAttempts;
    private final RandomGenerator random;

    RetryPolicy(Duration initial, Duration max, int maxAttempts, RandomGenerator random) {
        this.initial = initial;
        this.max = max;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    boolean exhausted(int attemptsMade) {
        return attemptsMade >= maxAttempts;
    }

    Duration pauseAfter(int attemptsMade) {
        long ceiling = ceilingMillis(attemptsMade);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half)));
    }

    long ceilingMillis(int attemptsMade) {
        int doublings = Math.max(0, Math.min(attemptsMade - 1, 40));
        long millis = initial.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Math.min(millis, max.toMillis());
    }
}
