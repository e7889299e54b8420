package com.careerbridge.crm.documents;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.careerbridge.crm.shared.BusyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many file transfers may use the database at once on this instance: an upload's copy into a large object (which
 * holds a pooled connection for the whole copy) and a download's reads of one span each. Without a limit, fifty
 * transfers at once take every connection of the pool and everything else on the instance — a page, a token check —
 * times out. Transfers beyond the limit wait their turn, in order (a fair semaphore), without holding a connection: an
 * upload is already spooled to disk by then, a download waits between spans ({@link CandidateDocuments}). Only a wait
 * longer than {@code careerbridge.documents.transfer-wait} gives up, as {@link BusyException} (the API answers 503
 * with Retry-After).
 */
@Component
class TransferGate {

    private final Semaphore permits;
    private final Duration wait;

    TransferGate(@Value("${careerbridge.documents.concurrent-transfers:6}") int permits,
                 @Value("${careerbridge.documents.transfer-wait:2m}") Duration wait) {
        if (permits < 1) {
            throw new IllegalArgumentException("careerbridge.documents.concurrent-transfers must be at least 1");
        }
        this.permits = new Semaphore(permits, true);
        this.wait = wait;
    }

    <T> T through(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("document-transfers", Duration.ofSeconds(30));
        }
        if (!acquired) {
            throw new BusyException("document-transfers", Duration.ofSeconds(30));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
