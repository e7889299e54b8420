package com.careerbridge.crm.digest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** A real SMTP server (GreenMail) for the digest tests, one per test JVM. */
final class MailSink {

    static final int PORT = freePort();
    private static GreenMail greenMail;

    private MailSink() {
    }

    static synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    static synchronized void clear() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    static synchronized List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().contains(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The plain-text and the HTML alternative of a received mail. */
    static String[] textAndHtml(MimeMessage message) throws Exception {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        return new String[] {part(alternative.getBodyPart(0)), part(alternative.getBodyPart(1))};
    }

    /** The calendar entry a mail carries as its {@code text/calendar} alternative, parsed; null when it has none. */
    static net.fortuna.ical4j.model.Calendar calendar(MimeMessage message) throws Exception {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart candidate = alternative.getBodyPart(i);
            if (candidate.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("text/calendar")) {
                return new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(part(candidate)));
            }
        }
        return null;
    }

    private static String part(BodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
