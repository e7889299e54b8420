package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import com.careerbridge.crm.shared.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Works off the outbox. Each run claims due messages in batches ({@code FOR UPDATE SKIP LOCKED}, so any number of
 * instances can run at once without two of them claiming the same row), then for each message: checks the recipient,
 * renders, sends, and records the outcome in its own commit right after the SMTP server accepted it.
 * <p>
 * Exactly once: a message is sent only by the holder of its current claim, and only while the claim's lease has at
 * least one send timeout left; a claim whose holder died expires and the message is claimed again. The one way to
 * send twice is to die (or lose the database) between the server's acceptance and the commit of SENT, a window of one
 * single-row UPDATE; the resent mail then has the same Message-ID.
 * <p>
 * Never run inside a transaction: every statement here must commit by itself.
 */
public class MailDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_BATCHES_PER_RUN = 10_000;

    private final OutboxStore store;
    private final MailRenderer renderer;
    private final MailModelJson json;
    private final UnsubscribeTokens unsubscribeTokens;
    private final List<MailSuppression> suppressions;
    private final MailTransport transport;
    private final MailSettings.Dispatch settings;
    private final RetryPolicy retryPolicy;
    private final Clock clock;

    // Runs share the read lock; stopping takes the write lock, i.e. waits for the runs to give back their claims.
    private final ReentrantReadWriteLock runs = new ReentrantReadWriteLock();
    private volatile boolean stopping;
    private volatile boolean running;

    MailDispatcher(OutboxStore store, MailRenderer renderer, MailModelJson json, UnsubscribeTokens unsubscribeTokens,
                   List<MailSuppression> suppressions, MailTransport transport, MailSettings settings,
                   RetryPolicy retryPolicy, Clock clock) {
        this.store = store;
        this.renderer = renderer;
        this.json = json;
        this.unsubscribeTokens = unsubscribeTokens;
        this.suppressions = List.copyOf(suppressions);
        this.transport = transport;
        this.settings = settings.dispatch();
        this.retryPolicy = retryPolicy;
        this.clock = clock;
    }

    /** Sends everything that is due now, batch after batch, and says what happened. Safe to call concurrently. */
    public DispatchReport dispatchDue() {
        Tally tally = new Tally();
        runs.readLock().lock();
        try {
            for (int batches = 0; batches < MAX_BATCHES_PER_RUN && !stopping; batches++) {
                Instant now = clock.instant();
                Instant leaseUntil = now.plus(settings.lease());
                List<ClaimedMail> batch = store.claim(now, settings.batchSize(), leaseUntil, UUID.randomUUID());
                tally.claimed += batch.size();
                if (batch.isEmpty()) {
                    break;
                }
                boolean serverUnavailable = work(batch, leaseUntil, tally);
                if (serverUnavailable || batch.size() < settings.batchSize()) {
                    // An unreachable server is not asked again batch after batch; the next poll tries again.
                    break;
                }
            }
        } finally {
            runs.readLock().unlock();
        }
        DispatchReport report = tally.report();
        if (report.claimed() > 0) {
            log.info("Mail dispatch: {}", report);
        }
        return report;
    }

    /** @return whether the SMTP server could not be reached */
    private boolean work(List<ClaimedMail> batch, Instant leaseUntil, Tally tally) {
        for (int i = 0; i < batch.size(); i++) {
            ClaimedMail mail = batch.get(i);
            if (stopping || !clock.instant().plus(settings.sendTimeout()).isBefore(leaseUntil)) {
                // Past this point a send could outlast the claim and race another instance's claim: give them back.
                releaseAll(batch.subList(i, batch.size()), tally);
                return false;
            }
            Outcome outcome = process(mail, tally);
            if (outcome == Outcome.SERVER_UNAVAILABLE) {
                // Every other message of the batch would meet the same closed door: try them later, counted.
                for (ClaimedMail rest : batch.subList(i + 1, batch.size())) {
                    retryOrFail(rest, "smtp-unavailable (not tried: server unavailable for this batch)", tally);
                }
                return true;
            }
        }
        return false;
    }

    private enum Outcome { DONE, SERVER_UNAVAILABLE }

    private Outcome process(ClaimedMail mail, Tally tally) {
        if (retryPolicy.exhausted(mail.attempts() - 1)) {
            // Claimed again and again without any outcome: its sends keep killing the process. Stop the loop.
            fail(mail, "abandoned: claimed " + mail.attempts() + " times without an outcome", tally);
            return Outcome.DONE;
        }
        MailRecipient recipient = mail.recipient();
        String address = recipient.emailAddress();
        if (address == null || address.isBlank()) {
            skip(mail, "no-address", tally);
            return Outcome.DONE;
        }
        if (!EmailAddress.isValid(address)) {
            skip(mail, "invalid-address", tally);
            return Outcome.DONE;
        }
        MailTemplate template;
        RenderedMail content;
        URI unsubscribeLink;
        URI unsubscribePage;
        try {
            template = MailTemplate.byName(mail.templateName());
            Optional<String> suppressed = suppressionReason(recipient, template);
            if (suppressed.isPresent()) {
                skip(mail, suppressed.get(), tally);
                return Outcome.DONE;
            }
            // The footer links to a confirmation page (scanners follow links); the header to the one-click POST.
            boolean candidate = recipient.kind() == RecipientKind.CANDIDATE;
            unsubscribeLink = candidate ? unsubscribeTokens.oneClickLink(recipient.id()) : null;
            unsubscribePage = candidate ? unsubscribeTokens.link(recipient.id()) : null;
            MailModel model = json.read(template, mail.modelJson());
            content = renderer.render(model, recipient.displayName(), recipient.locale(), recipient.timeZone(),
                    unsubscribePage);
        } catch (RuntimeException e) {
            // The template or the stored model is broken: the same will happen on every attempt, so no retry.
            // Thymeleaf's message names the file and line; the root cause says what went wrong there.
            Throwable root = rootOf(e);
            String cause = root == e ? "" : " caused by " + SmtpFailure.describe(root);
            fail(mail, "template-error " + mail.templateName() + ": " + SmtpFailure.describe(e) + cause, tally);
            return Outcome.DONE;
        }
        try {
            transport.deliver(mail, content, unsubscribeLink);
        } catch (MailTransport.InvalidRecipientException e) {
            skip(mail, e.getMessage(), tally);
            return Outcome.DONE;
        } catch (Exception e) {
            SmtpFailure failure = SmtpFailure.of(e);
            switch (failure.kind()) {
                case PERMANENT -> fail(mail, failure.description(), tally);
                case TRANSIENT -> retryOrFail(mail, failure.description(), tally);
                case SERVER_UNAVAILABLE -> {
                    retryOrFail(mail, failure.description(), tally);
                    return Outcome.SERVER_UNAVAILABLE;
                }
            }
            return Outcome.DONE;
        }
        // Accepted by the server: commit that at once; this statement is the whole duplicate window.
        boolean keepBodies = !template.containsSecret() || transport.deliveredStatus() == OutboxStatus.CAPTURED;
        boolean recorded = store.markDelivered(mail, transport.deliveredStatus(), clock.instant(), content.subject(),
                keepBodies ? content.html() : null, keepBodies ? content.text() : null, !keepBodies);
        if (!recorded) {
            log.warn("Mail {} was delivered but its claim had been taken over: it may be delivered twice", mail.id());
        }
        if (transport.deliveredStatus() == OutboxStatus.SENT) {
            tally.sent++;
        } else {
            tally.captured++;
        }
        return Outcome.DONE;
    }

    private Optional<String> suppressionReason(MailRecipient recipient, MailTemplate template) {
        for (MailSuppression suppression : suppressions) {
            Optional<String> reason = suppression.reasonToSkip(recipient, template);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.empty();
    }

    private void skip(ClaimedMail mail, String reason, Tally tally) {
        store.markSkipped(mail, reason);
        tally.skipped++;
        log.info("Mail {} ({}, {} {}) skipped: {}", mail.id(), mail.templateName(), mail.recipient().kind(),
                mail.recipient().id(), reason);
    }

    private void fail(ClaimedMail mail, String error, Tally tally) {
        store.markFailed(mail, error);
        tally.failed++;
        log.warn("Mail {} ({}) failed for good after {} attempt(s): {}", mail.id(), mail.templateName(),
                mail.attempts(), error);
    }

    private void retryOrFail(ClaimedMail mail, String error, Tally tally) {
        if (retryPolicy.exhausted(mail.attempts())) {
            fail(mail, error, tally);
            return;
        }
        Instant next = clock.instant().plus(retryPolicy.pauseAfter(mail.attempts()));
        store.markRetry(mail, next, error);
        tally.retrying++;
        log.info("Mail {} ({}) not sent on attempt {}, next attempt at {}: {}", mail.id(), mail.templateName(),
                mail.attempts(), next, error);
    }

    private void releaseAll(List<ClaimedMail> mails, Tally tally) {
        Instant now = clock.instant();
        for (ClaimedMail mail : mails) {
            if (store.release(mail, now)) {
                tally.released++;
            }
        }
    }

    private static Throwable rootOf(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    @Override
    public void start() {
        stopping = false;
        running = true;
    }

    /** Lets the runs finish the message they are sending, give back the rest, and waits for that (bounded). */
    @Override
    public void stop() {
        stopping = true;
        try {
            if (runs.writeLock().tryLock(settings.sendTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                runs.writeLock().unlock();
            } else {
                log.warn("Mail dispatch still running at shutdown; its claims expire after the lease");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static final class Tally {
        int claimed;
        int sent;
        int captured;
        int skipped;
        int retrying;
        int failed;
        int released;

        DispatchReport report() {
            return new DispatchReport(claimed, sent, captured, skipped, retrying, failed, released);
        }
    }
}
