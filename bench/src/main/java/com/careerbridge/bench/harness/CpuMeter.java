package com.careerbridge.bench.harness;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;

/**
 * CPU time of the processes that share the machine during a load test, read from /proc (Linux) at two moments: the
 * application's JVM, the PostgreSQL server (the postmaster and all its children: backends, checkpointer, walwriter...)
 * and all other processes of the machine (the bench JVM, kernel threads, anything else running) except the one the
 * caller measures itself (the load generator, which reports its own CPU and may exit right after the second sample).
 *
 * <p>A process's utime + stime is its precisely measured run time (the kernel splits it into user and system by tick
 * samples, so only the sum is exact). The machine's own counters in /proc/stat are <em>not</em> used: they are tick
 * samples, and on this kind of VM they miss most of a load test's short bursts (measured: 20 ticks busy while the
 * processes had run for 70). /proc counts in clock ticks (USER_HZ, 100 per second on Linux): over a window of 10 s
 * or more that is fine enough. A PostgreSQL backend that exits between two samples is not lost: its time moves into the
 * postmaster's {@code cutime} and {@code cstime} (children waited for), which are counted too; other processes that
 * exit in between are lost from "other" (their time in the window is not counted).
 */
public final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;
    private static final Path PROC = Path.of("/proc");

    private final long appPid;
    private final LongSupplier postmasterPid;

    /**
     * @param appPid        the application's java process
     * @param postmasterPid the PostgreSQL server's postmaster (read at every sample: a restart changes it), -1 if none
     */
    public CpuMeter(long appPid, LongSupplier postmasterPid) {
        this.appPid = appPid;
        this.postmasterPid = postmasterPid;
    }

    public static CpuMeter of(AppInstance app, BenchPostgres postgres) {
        return new CpuMeter(app.pid(), () -> postgres.postmasterPid().orElse(-1L));
    }

    /** The CPU ticks used so far by the app, PostgreSQL and each other process (pid and start time → ticks). */
    public record Sample(long nanoTime, double app, double postgres, Map<String, Long> others) {

        /** What was used between an earlier sample and this one. */
        public Used minus(Sample earlier) {
            long other = 0;
            for (Map.Entry<String, Long> process : others.entrySet()) {
                // a process that started in between ran only in between
                other += process.getValue() - earlier.others.getOrDefault(process.getKey(), 0L);
            }
            return new Used((nanoTime - earlier.nanoTime) / 1e9, (app - earlier.app) / TICKS_PER_SECOND,
                    (postgres - earlier.postgres) / TICKS_PER_SECOND, other / TICKS_PER_SECOND);
        }
    }

    /** CPU seconds used in a window of {@code seconds}: the app, PostgreSQL, all other processes but the excluded. */
    public record Used(double seconds, double app, double postgres, double other) {
    }

    /**
     * @param excluded a process left out of "other" (the load generator: it counts itself, and it exits right after
     *                 its window, sometimes before this sample has read it)
     */
    public Sample sample(long excluded) {
        long now = System.nanoTime();
        double app = ticks(appPid, false);
        Set<Long> postgres = new HashSet<>();
        double postgresTicks = 0;
        long pid = postmasterPid.getAsLong();
        Optional<ProcessHandle> postmaster = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        if (postmaster.isPresent()) {
            postgres.add(pid);
            postgresTicks += ticks(pid, true);
            for (ProcessHandle child : postmaster.get().children().toList()) {
                postgres.add(child.pid());
                postgresTicks += ticks(child.pid(), false);
            }
        }
        Map<String, Long> others = processes(pid2 -> pid2 == appPid || pid2 == excluded || postgres.contains(pid2));
        return new Sample(now, app, postgresTicks, others);
    }

    /** CPU seconds (user + system) a process has used so far; 0 if it is gone. */
    static double seconds(long pid) {
        return ticks(pid, false) / TICKS_PER_SECOND;
    }

    /** utime + stime of a process (and cutime + cstime, its waited-for children, if asked); 0 if it is gone. */
    static double ticks(long pid, boolean withChildren) {
        try {
            String[] fields = fields(Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat")));
            double ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (withChildren) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return ticks;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Each process's utime + stime but the skipped ones, keyed by pid and start time (a pid can be reused). */
    private static Map<String, Long> processes(LongPredicate skip) {
        Map<String, Long> ticks = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path entry : entries) {
                try {
                    if (skip.test(Long.parseLong(entry.getFileName().toString()))) {
                        continue;
                    }
                    String[] fields = fields(Files.readString(entry.resolve("stat")));
                    // starttime is field 22 of proc(5)
                    ticks.put(entry.getFileName() + "@" + fields[19],
                            Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException gone) {
                    // exited while we looked
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    // The fields after "pid (command) ", so that field n of proc(5) is at index n - 3.
    private static String[] fields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }
}
