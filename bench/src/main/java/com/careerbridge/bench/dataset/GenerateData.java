package com.careerbridge.bench.dataset;

import com.careerbridge.bench.harness.BenchPostgres;
import com.careerbridge.bench.harness.Report;

/** Generates (or confirms) the data set alone, e.g. before a fault test: {@code -Dbench.data.force=true} regenerates. */
public final class GenerateData {

    private GenerateData() {
    }

    public static void main(String[] args) {
        Report report = Report.fromSettings();
        try (BenchPostgres postgres = BenchPostgres.fromSettings().start()) {
            DataGenerator generator = new DataGenerator(postgres, DataSet.fromSettings(), report);
            if (Boolean.getBoolean("bench.data.force")) {
                generator.generate();
            } else {
                generator.ensure();
            }
        }
    }
}
