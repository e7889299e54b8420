package com.careerbridge.crm.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, rotates and revokes a candidate's calendar-feed secret, and reads the feed behind a secret. The secret is
 * 256 random bits; only its SHA-256 hash is stored (like the API tokens), so that it can be checked in one indexed
 * lookup but not recovered from the database. Whoever knows the secret sees the feed: that is what lets a phone's
 * calendar subscribe without signing in, and why rotating or revoking must end the old address at once.
 */
@Service
@Transactional
public class CalendarFeedService {

    static final String PREFIX = "cbc_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final CandidateService candidates;
    private final SessionService sessions;
    private final AccountService accounts;
    private final Clock clock;

    CalendarFeedService(JdbcTemplate jdbc, CandidateService candidates, SessionService sessions,
                        AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new secret for the signed-in candidate's feed; any previous one stops working. Returns the secret once. */
    public String rotate() {
        Candidate me = candidates.mine();
        String secret = PREFIX + randomToken();
        jdbc.update("""
                insert into calendar_feed (candidate_id, secret_hash, created_at) values (?, ?, ?)
                on conflict (candidate_id) do update set secret_hash = excluded.secret_hash, created_at = excluded.created_at""",
                me.getId(), hash(secret), clock.instant().atOffset(ZoneOffset.UTC));
        return secret;
    }

    /** Ends the signed-in candidate's feed; true if there was one. */
    public boolean revoke() {
        Candidate me = candidates.mine();
        return jdbc.update("delete from calendar_feed where candidate_id = ?", me.getId()) > 0;
    }

    /** Whether the signed-in candidate currently has a feed. */
    @Transactional(readOnly = true)
    public boolean exists() {
        Candidate me = candidates.mine();
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from calendar_feed where candidate_id = ?)", Boolean.class, me.getId()));
    }

    /**
     * The feed behind a secret, without a signed-in user (the secret is the credential); empty for an unknown,
     * rotated or revoked secret.
     */
    @Transactional(readOnly = true)
    public Optional<CalendarFeed> feed(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select c.id, c.preferred_locale, c.time_zone from calendar_feed f join candidate c on c.id = f.candidate_id
                where f.secret_hash = ?""", (Object) hash(secret));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.getFirst();
        long candidateId = ((Number) row.get("id")).longValue();
        List<CoachingSession> list = sessions.withItemsForCandidates(List.of(candidateId));
        Map<Long, String> names = accounts.displayNames(
                list.stream().map(CoachingSession::getConsultantId).collect(Collectors.toSet()));
        List<CalendarFeed.Entry> entries = list.stream()
                .sorted(Comparator.comparing(CoachingSession::getStartsAt).thenComparing(CoachingSession::getId))
                .map(s -> new CalendarFeed.Entry(s.getId(), s.getStartsAt(), s.getEndsAt(), s.getMode(),
                        s.getLocation(), s.getAgenda(), s.getStatus(), names.get(s.getConsultantId()),
                        s.getCreatedAt(), s.getUpdatedAt(), s.getVersion()))
                .toList();
        return Optional.of(new CalendarFeed(candidateId, Language.fromCode((String) row.get("preferred_locale")),
                java.time.ZoneId.of((String) row.get("time_zone")), entries));
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
