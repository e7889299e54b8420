package com.careerbridge.crm.notification;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends through Spring's {@link JavaMailSender}: one multipart/alternative mail (plain text first, HTML last, as
 * clients prefer the last part they can show) with the outbox's stable Message-ID and, for candidates, the one-click
 * unsubscribe headers of RFC 8058.
 */
final class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final MailSettings settings;
    private final Clock clock;

    SmtpTransport(JavaMailSender sender, MailSettings settings, Clock clock) {
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public OutboxStatus deliveredStatus() {
        return OutboxStatus.SENT;
    }

    @Override
    public void deliver(ClaimedMail mail, RenderedMail content, URI unsubscribeLink) throws Exception {
        sender.send(compose(mail, content, unsubscribeLink));
    }

    MimeMessage compose(ClaimedMail mail, RenderedMail content, URI unsubscribeLink)
            throws MessagingException, InvalidRecipientException {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(address(settings.fromAddress(), content.senderName()));
        if (settings.replyTo() != null && !settings.replyTo().isBlank()) {
            message.setReplyTo(new InternetAddress[] {address(settings.replyTo(), content.senderName())});
        }
        message.setRecipient(Message.RecipientType.TO, recipient(mail.recipient()));
        message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));

        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        if (content.invitation() != null) {
            // the calendar entry as the last alternative, where Google Calendar, Outlook and Apple Mail look for it
            String type = "text/calendar; charset=UTF-8; method=" + content.invitation().method();
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(InvitationIcs.write(content.invitation(), content.subject(), settings.fromAddress(),
                    content.senderName(), mail.recipient().emailAddress(), mail.recipient().displayName(),
                    clock.instant()), type);
            alternative.addBodyPart(calendar);
        }
        message.setContent(alternative);

        // Spring's sender keeps a Message-ID that was set before it saves the message.
        message.setHeader("Message-ID", mail.messageId());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (unsubscribeLink != null) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribeLink + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }

    private static InternetAddress recipient(MailRecipient recipient) throws InvalidRecipientException {
        try {
            InternetAddress address = new InternetAddress(recipient.emailAddress(), true);
            if (recipient.displayName() != null && !recipient.displayName().isBlank()) {
                address.setPersonal(recipient.displayName(), StandardCharsets.UTF_8.name());
            }
            return address;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new InvalidRecipientException("invalid-address");
        }
    }

    private static InternetAddress address(String email, String personal) throws MessagingException {
        try {
            return new InternetAddress(email, personal, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
    }
}
