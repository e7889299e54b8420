package com.careerbridge.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The bench report: every figure is printed as it is measured and appended, as Markdown, to bench/target/bench-report.md
 * ({@code bench.report} to change). One report per run: {@link #startRun} writes the header with the machine.
 */
public final class Report {

    private final Path file;

    public Report(Path file) {
        this.file = file;
    }

    public static Report fromSettings() {
        return new Report(Path.of(BenchSettings.text("bench.report",
                BenchSettings.benchTarget().resolve("bench-report.md").toString())));
    }

    public Path file() {
        return file;
    }

    /** Starts a new report file with the title and a description of the machine. */
    public Report startRun(String title) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        markdown("# " + title + "\n\n" + "Run started " + DateTimeFormatter.ISO_INSTANT.format(Instant.now()
                .atOffset(ZoneOffset.UTC).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) + ".\n\n"
                + machine() + "\n");
        return this;
    }

    /** Appends a section: a heading and its text. */
    public Report section(String heading, String text) {
        System.out.println("\n== " + heading + " ==\n" + text);
        return markdown("## " + heading + "\n\n" + text + "\n");
    }

    /** Appends a sub-section heading. */
    public Report heading(String heading) {
        System.out.println("\n-- " + heading + " --");
        return markdown("### " + heading + "\n");
    }

    /** Appends a paragraph. */
    public Report text(String text) {
        System.out.println(text);
        return markdown(text + "\n");
    }

    /** Appends a fenced block (EXPLAIN output, logs). */
    public Report code(String text) {
        System.out.println(text);
        return markdown("```\n" + text.stripTrailing() + "\n```\n");
    }

    /** Starts a table; add rows, then {@link Table#write()}. */
    public Table table(String... columns) {
        return new Table(columns);
    }

    private synchronized Report markdown(String text) {
        try {
            Files.writeString(file, text + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** nproc, RAM, CPU model, load, JDK and OS: the figures mean nothing without them. */
    public static String machine() {
        String cpu = "unknown CPU";
        String memory = "unknown";
        String load = "unknown";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .findFirst().map(line -> String.format("%.1f GiB",
                            Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse(memory);
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException ignored) {
            // not Linux: leave unknown
        }
        return "| Machine | |\n|---|---|\n"
                + "| CPUs (nproc) | " + Runtime.getRuntime().availableProcessors() + " |\n"
                + "| CPU model | " + cpu + " |\n"
                + "| RAM | " + memory + " |\n"
                + "| Load average at start (1, 5, 15 min) | " + load + " |\n"
                + "| JDK | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " |\n"
                + "| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " |\n"
                + "| Bench JVM (the harness; the API load generator is a separate C process) | " + ManagementFactory.getRuntimeMXBean().getInputArguments() + " |\n";
    }

    /** The 1-minute load average now, to print next to a noisy figure. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    public final class Table {
        private final String[] columns;
        private final List<String[]> rows = new ArrayList<>();

        private Table(String[] columns) {
            this.columns = columns;
        }

        public Table row(Object... cells) {
            String[] row = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                row[i] = String.valueOf(cells[i]);
            }
            rows.add(row);
            return this;
        }

        public Report write() {
            StringBuilder md = new StringBuilder("| " + String.join(" | ", columns) + " |\n|");
            md.append("---|".repeat(columns.length)).append('\n');
            for (String[] row : rows) {
                md.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
            System.out.print(md);
            return markdown(md.toString());
        }
    }

    /** A millisecond figure with two decimals. */
    public static String ms(double millis) {
        return String.format("%.2f ms", millis);
    }

    /** A nanosecond figure as milliseconds with two decimals. */
    public static String ms(long nanos) {
        return ms(nanos / 1e6);
    }
}
