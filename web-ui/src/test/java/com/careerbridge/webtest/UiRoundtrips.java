package com.careerbridge.webtest;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.vaadin.browserless.internal.MockVaadin;

/** Waiting for what background threads hand to a page (a live refresh), as the browser's round trips would. */
public final class UiRoundtrips {

    private UiRoundtrips() {
    }

    /**
     * Runs what was queued with {@code UI.access}, again and again, until the condition holds; fails when it does not
     * within the given seconds.
     */
    public static void awaitUi(BooleanSupplier condition, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not change within " + seconds + " s");
            }
            pause();
        }
    }

    /** Long enough for a change that would be delivered to have been (the round trip takes milliseconds). */
    public static void settle() {
        for (int i = 0; i < 25; i++) {
            pause();
            MockVaadin.clientRoundtrip();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
