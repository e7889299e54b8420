package com.careerbridge.crm.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.notification.MailRecipient;
import com.careerbridge.crm.notification.MailSettings;
import com.careerbridge.crm.notification.MessageNoticeMail;
import com.careerbridge.crm.notification.OutboundMail;
import com.careerbridge.crm.notification.Outbox;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.Office;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail notice of unread messages ({@code message-notice}), planned by {@link #planDue()} which the scheduler runs
 * every minute on every instance. A message is due for a notice {@code careerbridge.messages.notice-after} (15 minutes)
 * after it was written; a person then gets one notice for everything due and not yet noticed, and only if:
 * <ul>
 *     <li>it is still unread by them (reading it in time — live, in the app — means no mail);</li>
 *     <li>they had no notice in the last interval (one per person per interval, whatever the number of conversations);</li>
 *     <li>it is not night where they are: 21:00 to 08:00 in the candidate's zone, or the office's for staff (the notice
 *     waits for the morning, if the messages are still unread then);</li>
 *     <li>a candidate agreed to non-essential mail (the same consent as the weekly digest).</li>
 * </ul>
 * The candidate's consultant is told of the candidate's messages; the candidate of the staff's. Exactly once across
 * instances: each person is decided in a transaction of their own under the lock of their {@code message_notice} row,
 * and the outbox key {@code message-notice:<userId>:<interval start>} is unique, so two runs plan one mail.
 */
@Service
public class MessageNotices {

    static final LocalTime QUIET_FROM = LocalTime.of(21, 0);
    static final LocalTime QUIET_UNTIL = LocalTime.of(8, 0);
    /** Older conversations are not looked at again: a notice a week late is no notice. */
    static final Duration HORIZON = Duration.ofDays(7);
    private static final int MAX_PENDING_PER_PERSON = 1000;

    private static final Logger log = LoggerFactory.getLogger(MessageNotices.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final CandidateService candidates;
    private final AccountService accounts;
    private final Outbox outbox;
    private final MailSettings settings;
    private final ConsultancyBrand brand;
    private final Office office;
    private final Duration noticeAfter;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final Clock clock;

    MessageNotices(NamedParameterJdbcTemplate jdbc, CandidateService candidates, AccountService accounts, Outbox outbox,
                   MailSettings settings, ConsultancyBrand brand, Office office,
                   @Value("${careerbridge.messages.notice-after:15m}") Duration noticeAfter,
                   PlatformTransactionManager transactions, Clock clock) {
        if (noticeAfter.isNegative() || noticeAfter.isZero()) {
            throw new IllegalArgumentException("careerbridge.messages.notice-after must be positive");
        }
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.accounts = accounts;
        this.outbox = outbox;
        this.settings = settings;
        this.brand = brand;
        this.office = office;
        this.noticeAfter = noticeAfter;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public Duration noticeAfter() {
        return noticeAfter;
    }

    /** Plans the notices due now; returns how many this run planned. Safe on any number of instances at once. */
    public int planDue() {
        Instant now = clock.instant();
        List<Recipient> due = readOnly.execute(status -> recipientsDue(now));
        int planned = 0;
        for (Recipient recipient : Objects.requireNonNull(due)) {
            try {
                Boolean sent = writing.execute(status -> SystemWork.call(() -> planFor(recipient, now)));
                planned += Boolean.TRUE.equals(sent) ? 1 : 0;
            } catch (RuntimeException e) {
                // One person's notice must not hold up everyone else's; the next run tries again.
                log.warn("Message notice for user {} not planned: {}", recipient.userId(), e.toString());
            }
        }
        return planned;
    }

    private record Recipient(long userId, boolean candidate) {
    }

    private record Pending(long candidateId, long messageId, Instant createdAt, String writer) {
    }

    /** Who has a message due for a notice: unread, not noticed yet, older than the interval. */
    private List<Recipient> recipientsDue(Instant now) {
        MapSqlParameterSource parameters = times(now);
        return jdbc.query("""
                select distinct k.user_id, true
                from conversation c
                join candidate k on k.id = c.candidate_id
                left join message_read r on r.candidate_id = c.candidate_id and r.user_id = k.user_id
                where c.last_message_at > :horizon and k.user_id is not null and k.erased_at is null
                  and k.progress_emails_enabled
                  and exists (select 1 from message m
                              where m.candidate_id = c.candidate_id and not m.from_candidate
                                and m.id > greatest(coalesce(r.last_read_message_id, 0),
                                                    coalesce(r.notified_up_to_message_id, 0))
                                and m.created_at <= :dueBefore)
                union
                select distinct k.consultant_id, false
                from conversation c
                join candidate k on k.id = c.candidate_id
                left join message_read r on r.candidate_id = c.candidate_id and r.user_id = k.consultant_id
                where c.last_message_at > :horizon and k.consultant_id is not null and k.erased_at is null
                  and exists (select 1 from message m
                              where m.candidate_id = c.candidate_id and m.from_candidate
                                and m.id > greatest(coalesce(r.last_read_message_id, 0),
                                                    coalesce(r.notified_up_to_message_id, 0))
                                and m.created_at <= :dueBefore)""",
                parameters, (rs, n) -> new Recipient(rs.getLong(1), rs.getBoolean(2)));
    }

    /** Decides one person's notice under the lock of their notice row; true when a mail was planned. */
    private boolean planFor(Recipient recipient, Instant now) {
        MapSqlParameterSource parameters = times(now).addValue("user", recipient.userId());
        jdbc.update("""
                insert into message_notice (user_id, last_sent_at) values (:user, to_timestamp(0))
                on conflict (user_id) do nothing""", parameters);
        Boolean throttled = jdbc.queryForObject("""
                select last_sent_at > :throttleSince from message_notice where user_id = :user for update""",
                parameters, Boolean.class);
        if (Boolean.TRUE.equals(throttled)) {
            return false;
        }
        List<Pending> pending = pending(recipient, parameters);
        // A conversation counts when its oldest message not yet noticed is due.
        Map<Long, List<Pending>> byConversation = new LinkedHashMap<>();
        pending.forEach(p -> byConversation.computeIfAbsent(p.candidateId(), id -> new ArrayList<>()).add(p));
        Instant dueBefore = now.minus(noticeAfter);
        byConversation.values().removeIf(messages -> messages.stream().map(Pending::createdAt)
                .min(Instant::compareTo).orElseThrow().isAfter(dueBefore));
        if (byConversation.isEmpty()) {
            return false;
        }
        MailRecipient mailRecipient = mailRecipient(recipient, byConversation.keySet().iterator().next());
        if (mailRecipient == null || quiet(now, mailRecipient.timeZone())) {
            return false;
        }
        Set<String> writers = new LinkedHashSet<>();
        long newestCandidate = 0;
        long newestMessage = 0;
        for (List<Pending> messages : byConversation.values()) {
            for (Pending message : messages) {
                writers.add(message.writer() == null ? brand.current().name(Language.of(mailRecipient.locale()))
                        : message.writer());
                if (message.messageId() > newestMessage) {
                    newestMessage = message.messageId();
                    newestCandidate = message.candidateId();
                }
            }
        }
        long window = now.getEpochSecond() / noticeAfter.toSeconds() * noticeAfter.toSeconds();
        outbox.enqueue(OutboundMail.now("message-notice:" + recipient.userId() + ":" + window, mailRecipient,
                new MessageNoticeMail(List.copyOf(writers), recipient.candidate(),
                        settings.link(recipient.candidate() ? "/portal" : "/candidates/" + newestCandidate)), now));
        for (Map.Entry<Long, List<Pending>> conversation : byConversation.entrySet()) {
            long upTo = conversation.getValue().stream().mapToLong(Pending::messageId).max().orElseThrow();
            jdbc.update("""
                    insert into message_read (candidate_id, user_id, notified_up_to_message_id, updated_at)
                    values (:candidate, :user, :upTo, :now)
                    on conflict (candidate_id, user_id) do update
                    set notified_up_to_message_id = greatest(message_read.notified_up_to_message_id, excluded.notified_up_to_message_id)""",
                    new MapSqlParameterSource(parameters.getValues()).addValue("candidate", conversation.getKey())
                            .addValue("upTo", upTo));
        }
        jdbc.update("update message_notice set last_sent_at = :now where user_id = :user", parameters);
        return true;
    }

    /** Every message to this person not read and not noticed yet, with who wrote it. */
    private List<Pending> pending(Recipient recipient, MapSqlParameterSource parameters) {
        String sql = recipient.candidate() ? """
                select m.candidate_id, m.id, m.created_at, u.display_name
                from candidate k
                left join message_read r on r.candidate_id = k.id and r.user_id = :user
                join message m on m.candidate_id = k.id and not m.from_candidate
                              and m.id > greatest(coalesce(r.last_read_message_id, 0),
                                                  coalesce(r.notified_up_to_message_id, 0))
                left join user_account u on u.id = m.author_user_id
                where k.user_id = :user and k.erased_at is null and k.progress_emails_enabled
                  and m.created_at > :horizon
                order by m.id limit :max""" : """
                select m.candidate_id, m.id, m.created_at, k.full_name
                from candidate k
                left join message_read r on r.candidate_id = k.id and r.user_id = :user
                join message m on m.candidate_id = k.id and m.from_candidate
                              and m.id > greatest(coalesce(r.last_read_message_id, 0),
                                                  coalesce(r.notified_up_to_message_id, 0))
                where k.consultant_id = :user and k.erased_at is null and m.created_at > :horizon
                order by m.id limit :max""";
        return jdbc.query(sql, new MapSqlParameterSource(parameters.getValues()).addValue("max", MAX_PENDING_PER_PERSON),
                (rs, n) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4)));
    }

    /** The person as a mail recipient, or null when there is nobody to write to. */
    private MailRecipient mailRecipient(Recipient recipient, long someCandidateId) {
        if (recipient.candidate()) {
            List<Candidate> found = candidates.byIdsUnchecked(List.of(someCandidateId));
            if (found.isEmpty() || found.getFirst().getEmail() == null) {
                return null;
            }
            Candidate candidate = found.getFirst();
            return MailRecipient.candidate(candidate.getId(), candidate.getEmail().value(), candidate.getFullName(),
                    candidate.getPreferredLanguage().locale(), candidate.getTimeZone());
        }
        UserAccount account = accounts.findById(recipient.userId()).filter(UserAccount::isEnabled).orElse(null);
        if (account == null || account.getEmail() == null) {
            return null;
        }
        return MailRecipient.user(account.getId(), account.getEmail().value(), account.getDisplayName(),
                account.getLocale(), office.timeZone());
    }

    static boolean quiet(Instant now, ZoneId zone) {
        LocalTime local = now.atZone(zone).toLocalTime();
        return !local.isBefore(QUIET_FROM) || local.isBefore(QUIET_UNTIL);
    }

    private MapSqlParameterSource times(Instant now) {
        return new MapSqlParameterSource()
                .addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .addValue("dueBefore", OffsetDateTime.ofInstant(now.minus(noticeAfter), ZoneOffset.UTC))
                .addValue("throttleSince", OffsetDateTime.ofInstant(now.minus(noticeAfter), ZoneOffset.UTC))
                .addValue("horizon", OffsetDateTime.ofInstant(now.minus(HORIZON), ZoneOffset.UTC));
    }
}
