package com.careerbridge.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of a bench run, read from system properties ({@code -Dbench.api.seconds=30} on the Maven command line
 * reaches the forked test JVM), so that a quick run and a full run are the same code.
 */
public final class BenchSettings {

    private BenchSettings() {
    }

    public static int integer(String name, int defaultValue) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.strip());
    }

    public static long longValue(String name, long defaultValue) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? defaultValue : Long.parseLong(value.strip());
    }

    public static boolean flag(String name, boolean defaultValue) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? defaultValue : Boolean.parseBoolean(value.strip());
    }

    public static String text(String name, String defaultValue) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }

    public static Duration seconds(String name, long defaultSeconds) {
        return Duration.ofMillis(Math.round(Double.parseDouble(text(name, Long.toString(defaultSeconds))) * 1000));
    }

    /** The project's root directory (the one holding mvnw), wherever the JVM was started. */
    public static Path projectRoot() {
        String configured = System.getProperty("bench.root");
        Path start = Path.of(configured == null ? "" : configured).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("app"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the project root (a directory with mvnw and app/) from " + start
                + "; set -Dbench.root");
    }

    /** bench/target: reports, logs and (by default) the kept database live here. */
    public static Path benchTarget() {
        return projectRoot().resolve("bench").resolve("target");
    }

    /** The JDK 25 the application is launched with. */
    public static Path javaHome() {
        String configured = text("bench.java.home", System.getenv("JAVA_HOME"));
        return Path.of(configured == null ? System.getProperty("java.home") : configured);
    }
}
