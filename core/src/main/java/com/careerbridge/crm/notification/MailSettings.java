package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the consultancy's mail comes from and how the outbox is worked off (the name it is signed with is the
 * consultancy's brand, {@link com.careerbridge.crm.branding.ConsultancyBrand}, which an admin sets at run time). SMTP
 * itself is Spring's {@code spring.mail.*}: without {@code spring.mail.host} nothing is sent and every mail is kept in
 * the outbox as CAPTURED.
 *
 * @param fromAddress      the envelope and header sender
 * @param replyTo          where replies go, or {@code null} for the sender
 * @param baseUrl          the public address of the application; links in mails start with it
 * @param messageIdDomain  the right-hand side of every Message-ID; defaults to the domain of the from address
 * @param unsubscribeSecret key of the unsubscribe links (at least 32 characters); when empty, one is generated on the
 *                         first start and kept in the database, so that links work across restarts and instances
 * @param dispatch         the dispatcher
 */
@ConfigurationProperties("careerbridge.mail")
public record MailSettings(
        @DefaultValue("no-reply@careerbridge.local") String fromAddress,
        String replyTo,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        String messageIdDomain,
        String unsubscribeSecret,
        @DefaultValue Dispatch dispatch) {

    /**
     * @param enabled        whether this instance polls the outbox (off unless configured: tests drive the dispatcher)
     * @param pollInterval   pause between two polls once the due messages are worked off
     * @param threads        dispatch runs working in parallel on each poll (sending is mostly waiting for the SMTP
     *                       server, so a few threads raise throughput even on two cores)
     * @param batchSize      messages claimed at once
     * @param lease          how long a claim is held; after it a crashed instance's claimed messages are sent by others
     * @param sendTimeout    the longest one SMTP conversation may take (match the JavaMail timeouts); the dispatcher
     *                       never starts a send that could outlast its lease
     * @param maxAttempts    attempts before a message is FAILED and waits for staff
     * @param initialBackoff pause after the first failed attempt; doubled after each further one, with jitter
     * @param maxBackoff     the longest pause between two attempts
     */
    public record Dispatch(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("5s") Duration pollInterval,
            @DefaultValue("4") int threads,
            @DefaultValue("50") int batchSize,
            @DefaultValue("10m") Duration lease,
            @DefaultValue("3m") Duration sendTimeout,
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("1m") Duration initialBackoff,
            @DefaultValue("2h") Duration maxBackoff) {

        public Dispatch {
            if (threads < 1) {
                throw new IllegalArgumentException("careerbridge.mail.dispatch.threads must be at least 1");
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("careerbridge.mail.dispatch.batch-size must be at least 1");
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("careerbridge.mail.dispatch.max-attempts must be at least 1");
            }
            if (lease.compareTo(sendTimeout.multipliedBy(2)) < 0) {
                throw new IllegalArgumentException(
                        "careerbridge.mail.dispatch.lease must be at least twice careerbridge.mail.dispatch.send-timeout");
            }
        }
    }

    /** A link into the application for a mail: the base address (with or without its slash) and {@code path}. */
    public URI link(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    /**
     * Whether links in mails lead to this machine only (localhost, a loopback address: the default): nobody who reads
     * the mail elsewhere can open them. The start-up log and the e-mail views say so.
     */
    public boolean linksPointToThisMachine() {
        String host = baseUrl.getHost();
        return host == null || host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("::1");
    }

    /** The Message-ID domain as configured, or the from address's domain. */
    public String effectiveMessageIdDomain() {
        if (messageIdDomain != null && !messageIdDomain.isBlank()) {
            return messageIdDomain.strip();
        }
        int at = fromAddress.lastIndexOf('@');
        return at >= 0 ? fromAddress.substring(at + 1) : "careerbridge";
    }
}
