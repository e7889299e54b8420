package com.careerbridge.crm.api.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many file uploads one instance handles at once, decided before anything of the request is done — before the
 * token check and before its body is read. A burst of fifty 10 MB uploads otherwise has fifty threads spooling bodies
 * to disk and checking tokens in the same second; on a small machine the CPU is then so busy that some of them wait
 * longer for a database connection than the pool's short timeout, and are answered 503 although connections are free.
 * Uploads beyond the limit wait, in order, with their bodies still unread (the client's sending pauses); only one that
 * has waited {@code wait} is refused.
 */
final class UploadAdmission {

    private final Semaphore permits;
    private final Duration wait;

    UploadAdmission(int permits, Duration wait) {
        if (permits < 1) {
            throw new IllegalArgumentException("careerbridge.documents.concurrent-uploads must be at least 1");
        }
        this.permits = new Semaphore(permits, true);
        this.wait = wait;
    }

    /** Takes a place, waiting at most {@code wait}; false when none came free in time. */
    boolean enter() {
        try {
            return permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives the place taken by {@link #enter()} back. */
    void leave() {
        permits.release();
    }
}
