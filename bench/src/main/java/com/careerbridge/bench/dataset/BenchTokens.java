package com.careerbridge.bench.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.careerbridge.bench.harness.BenchPostgres;

/**
 * Valid API access tokens for many candidates, written the way core's ApiTokenStore writes them (a token family per
 * sign-in, the SHA-256 of the raw token as {@code token_hash}), so the application accepts them exactly like tokens it
 * issued itself — without a bcrypt login per candidate, which would take minutes. Issued fresh for each run: they
 * expire.
 */
public final class BenchTokens {

    /** A candidate's raw bearer token. */
    public record CandidateToken(long candidateId, long userId, String token) {
    }

    private BenchTokens() {
    }

    /**
     * Replaces the bench tokens with {@code count} new access tokens, for candidates spread evenly over the data set,
     * valid for {@code validity}.
     */
    public static List<CandidateToken> issue(BenchPostgres postgres, DataSet data, int count, Duration validity) {
        int n = Math.min(count, data.candidates());
        long step = Math.max(1, data.candidates() / n);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<CandidateToken> tokens = new ArrayList<>(n);
        try (Connection connection = postgres.connect()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("delete from api_token_family where user_id >= " + DataSet.FIRST_CANDIDATE_USER_ID);
            }
            List<Long> familyIds = new ArrayList<>(n);
            try (Statement sql = connection.createStatement();
                 var rows = sql.executeQuery("select nextval('api_token_family_seq') from generate_series(1, " + n + ")")) {
                while (rows.next()) {
                    familyIds.add(rows.getLong(1));
                }
            }
            try (PreparedStatement family = connection.prepareStatement(
                    "insert into api_token_family (id, user_id, created_at) values (?, ?, ?)");
                 PreparedStatement token = connection.prepareStatement(
                    "insert into api_token (token_hash, family_id, kind, issued_at, expires_at) "
                            + "values (?, ?, 'ACCESS', ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    long candidateId = 1 + i * step;
                    long userId = DataSet.candidateUserId(candidateId);
                    String raw = "cba_bench" + candidateId + "_" + Base64.getUrlEncoder().withoutPadding()
                            .encodeToString(sha256(now + ":" + candidateId + ":" + System.nanoTime()));
                    family.setLong(1, familyIds.get(i));
                    family.setLong(2, userId);
                    family.setObject(3, ts(now));
                    family.addBatch();
                    token.setBytes(1, sha256(raw));
                    token.setLong(2, familyIds.get(i));
                    token.setObject(3, ts(now));
                    token.setObject(4, ts(now.plus(validity)));
                    token.addBatch();
                    tokens.add(new CandidateToken(candidateId, userId, raw));
                }
                family.executeBatch();
                token.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Issuing bench tokens failed: " + e.getMessage(), e);
        }
        return tokens;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
