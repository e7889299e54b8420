package com.careerbridge.crm.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on one fixed port per test JVM, which tests stop and start to play an outage. What
 * it received survives its restarts, so "each received exactly once" spans the outage.
 */
final class SmtpServer {

    static final int PORT = freePort();

    private GreenMail greenMail;
    private final List<MimeMessage> receivedBefore = new ArrayList<>();

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SmtpServer on(int port) {
        SmtpServer server = new SmtpServer(port);
        server.start();
        return server;
    }

    private final int port;

    SmtpServer(int port) {
        this.port = port;
    }

    synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    synchronized void stop() {
        if (greenMail != null) {
            receivedBefore.addAll(Arrays.asList(greenMail.getReceivedMessages()));
            greenMail.stop();
            greenMail = null;
        }
    }

    synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(receivedBefore);
        if (greenMail != null) {
            all.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        }
        return all;
    }

    synchronized void clear() {
        receivedBefore.clear();
        if (greenMail != null) {
            try {
                greenMail.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
