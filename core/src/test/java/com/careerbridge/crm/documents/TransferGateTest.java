package com.careerbridge.crm.documents;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.careerbridge.crm.shared.BusyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads beyond the gate's permits wait their turn; only a wait past the limit gives up, and a permit always returns. */
class TransferGateTest {

    @Test
    void aSecondTransferWaitsForTheFirstAndGoesThroughWhenItEnds() throws Exception {
        TransferGate gate = new TransferGate(1, Duration.ofSeconds(10));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.through(() -> {
            inside.countDown();
            await(release);
            return "first";
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> gate.through(() -> "second"));

        Thread.sleep(200);
        assertThat(second).as("waits while the only permit is taken").isNotDone();
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void aWaitPastTheLimitIsRefusedAsBusyAndAFailedTransferGivesItsPermitBack() throws Exception {
        TransferGate gate = new TransferGate(1, Duration.ofMillis(100));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> gate.through(() -> {
            inside.countDown();
            await(release);
            return "held";
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> gate.through(() -> "too late")).isInstanceOfSatisfying(BusyException.class,
                busy -> assertThat(busy.retryAfterSeconds()).isPositive());
        release.countDown();
        holder.get(5, TimeUnit.SECONDS);

        assertThatThrownBy(() -> gate.through(() -> {
            throw new IllegalStateException("the copy failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(gate.through(() -> "after a failure")).isEqualTo("after a failure");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
