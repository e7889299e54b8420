package com.careerbridge.crm.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static com.careerbridge.crm.shared.SqlColumns.instant;

/**
 * The outbox table in plain SQL. Called inside the caller's transaction for enqueueing; the dispatcher calls it without
 * a transaction, so each statement commits on its own (the claim, and the outcome of each message right after it).
 */
@Component
class OutboxStore {

    private static final String ENTRY_COLUMNS = """
            id, message_key, template, recipient_kind, recipient_id, recipient_address, status, attempts, due_at,
            next_attempt_at, last_error, created_at, sent_at, subject""";

    private final JdbcClient jdbc;

    OutboxStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    Optional<Long> insert(OutboundMail mail, String messageId, String modelJson, Instant now) {
        MailRecipient recipient = mail.recipient();
        return jdbc.sql("""
                        insert into mail_outbox (message_key, message_id, recipient_kind, recipient_id, recipient_address,
                            recipient_name, locale, time_zone, template, model, status, due_at, next_attempt_at,
                            attempts, created_at)
                        values (:key, :messageId, :kind, :recipientId, :address, :name, :locale, :zone, :template,
                            cast(:model as jsonb), 'PENDING', :due, :due, 0, :now)
                        on conflict (message_key) do nothing
                        returning id""")
                .param("key", mail.key())
                .param("messageId", messageId)
                .param("kind", recipient.kind().name())
                .param("recipientId", recipient.id())
                .param("address", truncate(recipient.emailAddress(), 320))
                .param("name", truncate(recipient.displayName(), 200))
                .param("locale", recipient.locale().toLanguageTag())
                .param("zone", recipient.timeZone().getId())
                .param("template", MailTemplate.forModel(mail.model()).templateName())
                .param("model", modelJson)
                .param("due", utc(mail.dueAt()))
                .param("now", utc(now))
                .query(Long.class).optional();
    }

    /**
     * Claims up to {@code limit} due messages for one dispatcher: PENDING ones whose time has come and SENDING ones
     * whose lease expired (their dispatcher died). Rows another dispatcher is claiming right now are skipped, not
     * waited for. The statement commits on its own: a claim is never lost with the batch.
     */
    List<ClaimedMail> claim(Instant now, int limit, Instant leaseUntil, UUID token) {
        return jdbc.sql("""
                        with due as (
                            select id from mail_outbox
                            where status in ('PENDING', 'SENDING') and next_attempt_at <= :now
                            order by next_attempt_at, id
                            limit :limit
                            for update skip locked)
                        update mail_outbox m
                        set status = 'SENDING', claim_token = :token, next_attempt_at = :leaseUntil,
                            attempts = m.attempts + 1
                        from due where m.id = due.id
                        returning m.id, m.message_key, m.message_id, m.recipient_kind, m.recipient_id,
                            m.recipient_address, m.recipient_name, m.locale, m.time_zone, m.template,
                            m.model::text as model, m.attempts, m.due_at""")
                .param("now", utc(now))
                .param("limit", limit)
                .param("token", token)
                .param("leaseUntil", utc(leaseUntil))
                .query((rs, row) -> claimed(rs, token))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparingLong(ClaimedMail::id))
                .toList();
    }

    private static ClaimedMail claimed(ResultSet rs, UUID token) throws SQLException {
        MailRecipient recipient = new MailRecipient(
                RecipientKind.valueOf(rs.getString("recipient_kind")),
                rs.getLong("recipient_id"),
                rs.getString("recipient_address"),
                rs.getString("recipient_name"),
                Locale.forLanguageTag(rs.getString("locale")),
                ZoneId.of(rs.getString("time_zone")));
        return new ClaimedMail(rs.getLong("id"), rs.getString("message_key"), rs.getString("message_id"), recipient,
                rs.getString("template"), rs.getString("model"), rs.getInt("attempts"), token);
    }

    /** Sent or captured. Bodies may be null (secrets are not kept); {@code wipeModel} drops the model too. */
    boolean markDelivered(ClaimedMail mail, OutboxStatus status, Instant at, String subject, String html, String text,
                          boolean wipeModel) {
        return jdbc.sql("""
                        update mail_outbox
                        set status = :status, sent_at = :at, subject = :subject, body_html = :html, body_text = :text,
                            model = case when :wipe then '{}'::jsonb else model end,
                            last_error = null, claim_token = null
                        where id = :id and status = 'SENDING' and claim_token = :token""")
                .param("status", status.name())
                .param("at", utc(at))
                .param("subject", truncate(subject, 500))
                .param("html", html)
                .param("text", text)
                .param("wipe", wipeModel)
                .param("id", mail.id())
                .param("token", mail.claimToken())
                .update() == 1;
    }

    boolean markSkipped(ClaimedMail mail, String reason) {
        return finish(mail, OutboxStatus.SKIPPED, reason);
    }

    boolean markFailed(ClaimedMail mail, String error) {
        return finish(mail, OutboxStatus.FAILED, error);
    }

    private boolean finish(ClaimedMail mail, OutboxStatus status, String error) {
        return jdbc.sql("""
                        update mail_outbox set status = :status, last_error = :error, claim_token = null
                        where id = :id and status = 'SENDING' and claim_token = :token""")
                .param("status", status.name())
                .param("error", truncate(error, 500))
                .param("id", mail.id())
                .param("token", mail.claimToken())
                .update() == 1;
    }

    boolean markRetry(ClaimedMail mail, Instant nextAttemptAt, String error) {
        return jdbc.sql("""
                        update mail_outbox set status = 'PENDING', next_attempt_at = :next, last_error = :error,
                            claim_token = null
                        where id = :id and status = 'SENDING' and claim_token = :token""")
                .param("next", utc(nextAttemptAt))
                .param("error", truncate(error, 500))
                .param("id", mail.id())
                .param("token", mail.claimToken())
                .update() == 1;
    }

    /** Gives back a claimed message that was not tried (shutdown, lease running out): not counted as an attempt. */
    boolean release(ClaimedMail mail, Instant now) {
        return jdbc.sql("""
                        update mail_outbox set status = 'PENDING', next_attempt_at = :now, attempts = attempts - 1,
                            claim_token = null
                        where id = :id and status = 'SENDING' and claim_token = :token""")
                .param("now", utc(now))
                .param("id", mail.id())
                .param("token", mail.claimToken())
                .update() == 1;
    }

    boolean cancel(String key) {
        return jdbc.sql("update mail_outbox set status = 'CANCELLED' where message_key = :key and status = 'PENDING'")
                .param("key", key)
                .update() == 1;
    }

    /**
     * Skips whatever is still to be sent to the recipient and wipes what the outbox knows about them. Rows being sent
     * at this very moment are left to finish.
     */
    int forgetRecipient(RecipientKind kind, long recipientId) {
        int skipped = jdbc.sql("""
                        update mail_outbox set status = 'SKIPPED', last_error = 'recipient-erased'
                        where recipient_kind = :kind and recipient_id = :id and status in ('PENDING', 'FAILED')""")
                .param("kind", kind.name())
                .param("id", recipientId)
                .update();
        jdbc.sql("""
                        update mail_outbox set recipient_address = null, recipient_name = null, model = '{}'::jsonb,
                            subject = null, body_html = null, body_text = null
                        where recipient_kind = :kind and recipient_id = :id and status <> 'SENDING'""")
                .param("kind", kind.name())
                .param("id", recipientId)
                .update();
        return skipped;
    }

    List<OutboxEntry> list(OutboxStatus status, int limit) {
        return jdbc.sql("select " + ENTRY_COLUMNS
                        + " from mail_outbox where status = :status order by created_at desc, id desc limit :limit")
                .param("status", status.name())
                .param("limit", limit)
                .query(OutboxStore::entry)
                .list();
    }

    Optional<StoredMail> find(long id) {
        return jdbc.sql("select " + ENTRY_COLUMNS + ", body_html, body_text from mail_outbox where id = :id")
                .param("id", id)
                .query((rs, row) -> new StoredMail(entry(rs, row), rs.getString("body_html"), rs.getString("body_text")))
                .optional();
    }

    boolean retryFailed(long id, Instant now) {
        return jdbc.sql("""
                        update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now
                        where id = :id and status = 'FAILED'""")
                .param("now", utc(now))
                .param("id", id)
                .update() == 1;
    }

    /** Which of these keys are in the outbox already (in any status). */
    java.util.Set<String> existingKeys(java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select message_key from mail_outbox where message_key = any(:keys)")
                .param("keys", keys.toArray(String[]::new))
                .query(String.class).list());
    }

    /** Per candidate, the due time of the newest message of a template that was not withdrawn or skipped. */
    java.util.Map<Long, Instant> latestDue(MailTemplate template, java.util.Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Instant> latest = new java.util.HashMap<>();
        jdbc.sql("""
                        select recipient_id, max(due_at) as due_at from mail_outbox
                        where template = :template and recipient_kind = 'CANDIDATE' and recipient_id = any(:ids)
                          and status in ('PENDING', 'SENDING', 'SENT', 'CAPTURED')
                        group by recipient_id""")
                .param("template", template.templateName())
                .param("ids", candidateIds.toArray(Long[]::new))
                .query((rs, row) -> {
                    latest.put(rs.getLong("recipient_id"), instant(rs, "due_at"));
                    return null;
                }).list();
        return latest;
    }

    /**
     * A page of the outbox, newest first. {@code audience} null means everyone; otherwise only mail to these
     * candidates and the invitations to their logins (other staff mail is then left out).
     */
    List<OutboxEntry> page(OutboxFilter filter, MailAudience audience, int offset, int limit) {
        Where where = where(filter, audience);
        return jdbc.sql("select " + ENTRY_COLUMNS + " from mail_outbox where " + where.sql
                        + " order by created_at desc, id desc offset :offset limit :limit")
                .params(where.params)
                .param("offset", offset)
                .param("limit", limit)
                .query(OutboxStore::entry)
                .list();
    }

    /**
     * A page as {@link #page} reads it with how many mails match in all, counted in the same statement; a page past the
     * end (no row to carry the count) asks {@link #count} as well.
     */
    OutboxPage pageWithTotal(OutboxFilter filter, MailAudience audience, int offset, int limit) {
        Where where = where(filter, audience);
        List<Counted> rows = jdbc.sql("select " + ENTRY_COLUMNS + ", count(*) over () as total from mail_outbox where "
                        + where.sql + " order by created_at desc, id desc offset :offset limit :limit")
                .params(where.params)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new Counted(entry(rs, row), rs.getLong("total")))
                .list();
        List<OutboxEntry> items = rows.stream().map(Counted::entry).toList();
        if (rows.isEmpty()) {
            return new OutboxPage(items, offset > 0 ? count(filter, audience) : 0);
        }
        return new OutboxPage(items, rows.getFirst().total());
    }

    private record Counted(OutboxEntry entry, long total) {
    }

    long count(OutboxFilter filter, MailAudience audience) {
        Where where = where(filter, audience);
        return jdbc.sql("select count(*) from mail_outbox where " + where.sql).params(where.params)
                .query(Long.class).single();
    }

    private record Where(String sql, java.util.Map<String, Object> params) {
    }

    private static Where where(OutboxFilter filter, MailAudience audience) {
        StringBuilder sql = new StringBuilder("true");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (audience != null) {
            sql.append(" and (recipient_kind = 'CANDIDATE' and recipient_id = any(:scope)"
                    + " or recipient_kind = 'USER' and template = :invitation and recipient_id = any(:logins))");
            params.put("scope", audience.candidateIds().toArray(Long[]::new));
            params.put("logins", audience.loginIds().toArray(Long[]::new));
            params.put("invitation", MailTemplate.INVITATION.templateName());
        }
        if (filter.candidateId() != null) {
            sql.append(" and recipient_kind = 'CANDIDATE' and recipient_id = :candidateId");
            params.put("candidateId", filter.candidateId());
        }
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.template() != null) {
            sql.append(" and template = :template");
            params.put("template", filter.template().templateName());
        }
        return new Where(sql.toString(), params);
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getString("message_key"), rs.getString("template"),
                RecipientKind.valueOf(rs.getString("recipient_kind")), rs.getLong("recipient_id"),
                rs.getString("recipient_address"), OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs, "due_at"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"),
                rs.getString("subject"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
