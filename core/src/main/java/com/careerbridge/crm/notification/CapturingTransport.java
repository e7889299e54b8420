package com.careerbridge.crm.notification;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No SMTP server configured (development, demos): nothing leaves the machine and nothing is pretended; the rendered
 * mail stays in the outbox as CAPTURED for staff to read. Logs never carry the address.
 */
final class CapturingTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(CapturingTransport.class);

    @Override
    public OutboxStatus deliveredStatus() {
        return OutboxStatus.CAPTURED;
    }

    @Override
    public void deliver(ClaimedMail mail, RenderedMail content, URI unsubscribeLink) {
        log.info("Mail {} ({}, {} {}) captured in the outbox: no SMTP server configured (spring.mail.host)",
                mail.id(), mail.templateName(), mail.recipient().kind(), mail.recipient().id());
    }
}
