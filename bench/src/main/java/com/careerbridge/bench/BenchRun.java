package com.careerbridge.bench;

import java.util.Set;

import com.careerbridge.bench.api.ApiBenchmark;
import com.careerbridge.bench.application.ApplicationsBenchmark;
import com.careerbridge.bench.dataset.DataGenerator;
import com.careerbridge.bench.dataset.DataSet;
import com.careerbridge.bench.grid.GridBenchmark;
import com.careerbridge.bench.harness.BenchPostgres;
import com.careerbridge.bench.harness.BenchSettings;
import com.careerbridge.bench.harness.Report;
import com.careerbridge.bench.startup.StartupBenchmark;

/**
 * The whole bench run: data set (generated or reused), candidate list, job applications, API under load with pgbench
 * next to it, startup. {@code -Dbench.only=grid,api} runs a part (the data set is always ensured for grid and api).
 */
public final class BenchRun {

    private BenchRun() {
    }

    public static void main(String[] args) {
        Set<String> only = Set.of(BenchSettings.text("bench.only", "grid,applications,booking,messages,api,startup")
                .split(","));
        long start = System.nanoTime();
        Report report = Report.fromSettings().startRun("CareerBridge CRM — performance report");
        report.text("Reproduce: `scripts/bench.sh` (= `./mvnw -Pbench verify -pl bench -am -DskipTests`). The machine "
                + "this ran on is shared with other builds: absolute figures are noisy, so each benchmark carries a "
                + "baseline measured in the same run (health endpoint, pgbench, plain jar) and medians/ratios are "
                + "what to compare.\n");
        DataSet data = DataSet.fromSettings();
        if (only.contains("grid") || only.contains("applications") || only.contains("api") || only.contains("data")
                || only.contains("booking") || only.contains("messages")) {
            try (BenchPostgres postgres = BenchPostgres.fromSettings().start()) {
                new DataGenerator(postgres, data, report).ensure();
                if (only.contains("grid")) {
                    new GridBenchmark(postgres, data, report).run();
                }
                if (only.contains("applications")) {
                    new ApplicationsBenchmark(postgres, data, report).run();
                }
                if (only.contains("booking")) {
                    new com.careerbridge.bench.booking.BookingBenchmark(postgres, data, report).run();
                }
                if (only.contains("messages")) {
                    new com.careerbridge.bench.messaging.MessagesBenchmark(postgres, data, report).run();
                }
                if (only.contains("api")) {
                    new ApiBenchmark(postgres, data, report).run();
                }
            }
        }
        if (only.contains("startup")) {
            new StartupBenchmark(report).run();
        }
        report.text(String.format("%nWhole run: %.1f min. Report: %s%n", (System.nanoTime() - start) / 6e10,
                report.file()));
    }
}
