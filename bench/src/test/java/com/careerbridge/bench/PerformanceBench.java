package com.careerbridge.bench;

import org.junit.jupiter.api.Test;

/**
 * The bench run as a failsafe test of the bench module, so that {@code ./mvnw -Pbench verify -pl bench -am} runs it in
 * its own forked JVM once the app jar is packaged. It measures and reports; it does not fail on a missed goal (the
 * report says by how much), only when a benchmark cannot run.
 */
class PerformanceBench {

    @Test
    void run() {
        BenchRun.main(new String[0]);
    }
}
