package com.careerbridge.crm.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans mail as part of a change: {@link #enqueue} writes to the outbox in the caller's transaction, so the mail goes
 * out if and only if the change commits. The {@link MailDispatcher} sends it later.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxStore store;
    private final MailModelJson json;
    private final MailSettings settings;
    private final Clock clock;

    Outbox(OutboxStore store, MailModelJson json, MailSettings settings, Clock clock) {
        this.store = store;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Records the message unless its key was planned before; then nothing changes and the result says so.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction:
     *         a mail planned on its own could go out for a change that never happened
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public EnqueueResult enqueue(OutboundMail mail) {
        String messageId = messageIdFor(mail.key(), settings.effectiveMessageIdDomain());
        return store.insert(mail, messageId, json.write(mail.model()), clock.instant())
                .map(EnqueueResult::enqueued)
                .orElseGet(() -> {
                    log.debug("Mail {} was planned before; not planned again", mail.key());
                    return EnqueueResult.alreadyPlanned();
                });
    }

    /** Withdraws a message that has not been sent yet; false when it is gone already (sent, sending, unknown). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean cancel(String key) {
        return store.cancel(key);
    }

    /**
     * For erasing a person: whatever is still to be sent to them is SKIPPED ({@code recipient-erased}) and their
     * address, name, model and bodies are wiped from every outbox row. Returns how many messages were skipped.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetRecipient(RecipientKind kind, long recipientId) {
        return store.forgetRecipient(kind, recipientId);
    }

    /** Which of these keys were planned already (whatever became of them), e.g. this week's digests. */
    @Transactional(readOnly = true)
    public java.util.Set<String> plannedKeys(java.util.Collection<String> keys) {
        return store.existingKeys(keys);
    }

    /**
     * Per candidate, when the newest message of a template was due (sent, captured or still on its way; withdrawn and
     * skipped ones do not count), e.g. the previous digest.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, java.time.Instant> latestDue(MailTemplate template, java.util.Collection<Long> candidateIds) {
        return store.latestDue(template, candidateIds);
    }

    /** {@code <sha256(key)@domain>}: the same key always gives the same Message-ID, so a resend is recognisable. */
    static String messageIdFor(String key, String domain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
