package com.careerbridge.bench.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal SMTP server on loopback that accepts everything and only counts: how many messages it accepted, and how
 * often each Message-ID arrived (so "lost" and "doubled" can be told apart). Much cheaper per message than a real mail
 * store, so the application, not the sink, is what a mail benchmark measures. {@link #stop()} closes the port and every
 * open conversation — an SMTP outage as the application sees it; {@link #start()} opens it again, the counts stay.
 */
public final class SmtpSink implements AutoCloseable {

    private final int port;
    private final Map<String, LongAdder> byMessageId = new ConcurrentHashMap<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong firstAcceptedAt = new AtomicLong();
    private final AtomicLong lastAcceptedAt = new AtomicLong();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    public SmtpSink(int port) {
        this.port = port;
    }

    /** A free loopback port for the sink. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized SmtpSink start() {
        if (server != null) {
            return this;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            server = socket;
            Thread.ofVirtual().name("smtp-sink-accept").start(() -> acceptLoop(socket));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("SMTP sink cannot listen on " + port, e);
        }
    }

    /** Closes the port and every conversation in progress. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        server = null;
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        open.clear();
    }

    public boolean isRunning() {
        return server != null;
    }

    public int port() {
        return port;
    }

    /** Messages accepted (250 after DATA), duplicates included. */
    public long accepted() {
        return accepted.get();
    }

    /** Distinct Message-IDs accepted. */
    public int distinct() {
        return byMessageId.size();
    }

    /** Accepted messages beyond the first of their Message-ID. */
    public long duplicates() {
        return accepted.get() - byMessageId.size();
    }

    /** Message-ID to the number of times it was accepted. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.HashMap<>();
        byMessageId.forEach((id, count) -> counts.put(id, count.sum()));
        return counts;
    }

    /** System.nanoTime() of the first and the last accepted message (0 before any). */
    public long firstAcceptedNanos() {
        return firstAcceptedAt.get();
    }

    public long lastAcceptedNanos() {
        return lastAcceptedAt.get();
    }

    public void reset() {
        byMessageId.clear();
        accepted.set(0);
        firstAcceptedAt.set(0);
        lastAcceptedAt.set(0);
    }

    @Override
    public void close() {
        stop();
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                Thread.ofVirtual().name("smtp-sink").start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            client.setSoTimeout(60_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = client.getOutputStream();
            reply(out, "220 bench-sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250-bench-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 52428800");
                    case "HELO" -> reply(out, "250 bench-sink");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String messageId = readMessage(in);
                        if (messageId == null) {
                            return; // the connection ended inside DATA: nothing accepted
                        }
                        reply(out, "250 OK queued");
                        // Counted once the acceptance is on its way, as a real server's queue would own it now.
                        long now = System.nanoTime();
                        firstAcceptedAt.compareAndSet(0, now);
                        lastAcceptedAt.set(now);
                        accepted.incrementAndGet();
                        byMessageId.computeIfAbsent(messageId, id -> new LongAdder()).increment();
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException ended) {
            // the client or stop() closed the connection
        } finally {
            open.remove(client);
        }
    }

    /** Reads the message up to the lone dot; returns its Message-ID ("" if it has none) or null on a broken connection. */
    private static String readMessage(BufferedReader in) throws IOException {
        String messageId = "";
        boolean inHeaders = true;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals(".")) {
                return messageId;
            }
            if (inHeaders) {
                if (line.isEmpty()) {
                    inHeaders = false;
                } else if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                    messageId = line.substring(11).strip();
                }
            }
        }
        return null;
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
