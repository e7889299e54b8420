package com.careerbridge.bench.dataset;

import com.careerbridge.bench.harness.BenchSettings;

/**
 * The size and seed of a generated data set. Same values, same rows: every value is a hash of the seed and the row's
 * number, so two runs with the same settings produce identical tables (and a kept data directory can be reused).
 *
 * @param seed                     the seed of every generated value
 * @param candidates               candidates, each with a candidate login (user account)
 * @param consultants              consultants; candidates are spread over them evenly
 * @param assignmentsPerCandidate  assigned guides per candidate (each with the guide's checklist items)
 * @param sessionsPerCandidate     coaching sessions per candidate
 * @param guides                   published role guides (the five built-in ones and copies of them)
 */
public record DataSet(long seed, int candidates, int consultants, int assignmentsPerCandidate, int sessionsPerCandidate,
                      int guides) {

    /** The shared password of every generated login (staff and candidates). */
    public static final String PASSWORD = "Bench-Password-2026!";
    public static final String EMAIL_DOMAIN = "bench.careerbridge.test";

    public DataSet {
        if (assignmentsPerCandidate * 2 > guides && assignmentsPerCandidate > 1) {
            throw new IllegalArgumentException("an assignment per guide and candidate: need guides >= 2 x assignments");
        }
    }

    /** 100,000 candidates, 50 consultants, 1,000,000 assignments, 2,000,000 sessions, unless -Dbench.data.* says else. */
    public static DataSet fromSettings() {
        return new DataSet(
                BenchSettings.longValue("bench.data.seed", 20261127L),
                BenchSettings.integer("bench.data.candidates", 100_000),
                BenchSettings.integer("bench.data.consultants", 50),
                BenchSettings.integer("bench.data.assignments-per-candidate", 10),
                BenchSettings.integer("bench.data.sessions-per-candidate", 20),
                BenchSettings.integer("bench.data.guides", 20));
    }

    public long assignments() {
        return (long) candidates * assignmentsPerCandidate;
    }

    public long sessions() {
        return (long) candidates * sessionsPerCandidate;
    }

    /** Identifies the data set in the marker table; a different key means the data must be generated again. */
    public String key() {
        return "seed=" + seed + ",candidates=" + candidates + ",consultants=" + consultants + ",assignments="
                + assignmentsPerCandidate + ",sessions=" + sessionsPerCandidate + ",guides=" + guides + ",format=1";
    }

    // Ids are fixed by the row number, so benchmarks can address rows without asking the database.
    public static final long ADMIN_USER_ID = 100_000;
    public static final long FIRST_CONSULTANT_USER_ID = 100_001;
    public static final long FIRST_CANDIDATE_USER_ID = 200_001;

    /** The user account id of candidate number n (1-based; the candidate's own id is n). */
    public static long candidateUserId(long n) {
        return FIRST_CANDIDATE_USER_ID + n - 1;
    }

    public static String candidateEmail(long n) {
        return "candidate" + n + "@" + EMAIL_DOMAIN;
    }

    public static String consultantEmail(int n) {
        return "consultant" + n + "@" + EMAIL_DOMAIN;
    }

    public static String adminEmail() {
        return "admin@" + EMAIL_DOMAIN;
    }
}
