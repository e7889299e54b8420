package com.careerbridge.crm.api.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads past the limit wait for a place, in order; only a wait past the limit is refused; a place always returns. */
class UploadAdmissionTest {

    @Test
    void anUploadPastTheLimitWaitsForAPlaceAndEntersWhenOneIsLeft() throws Exception {
        UploadAdmission admission = new UploadAdmission(1, Duration.ofSeconds(10));
        assertThat(admission.enter()).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(admission::enter);

        Thread.sleep(200);
        assertThat(second).as("waits while the only place is taken").isNotDone();
        admission.leave();
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWaitPastTheLimitIsRefusedAndPlacesComeBack() {
        UploadAdmission admission = new UploadAdmission(2, Duration.ofMillis(100));
        assertThat(admission.enter()).isTrue();
        assertThat(admission.enter()).isTrue();

        assertThat(admission.enter()).as("no place within the wait").isFalse();
        admission.leave();
        assertThat(admission.enter()).isTrue();
    }
}
