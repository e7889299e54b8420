package com.careerbridge.crm.app.outage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A port in front of a database server that the test can close like a firewall rejecting it: the listening socket goes
 * (new connections are refused) and every open connection is reset. Opened again on the same port.
 */
public final class TcpRelay implements AutoCloseable {

    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    public TcpRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
    }

    public int port() {
        return port;
    }

    public synchronized void closePort() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            reset(socket);
        }
        sockets.clear();
    }

    public synchronized void openPort() throws IOException {
        if (listener.isClosed()) {
            listener = listen(port);
        }
    }

    @Override
    public void close() throws IOException {
        closePort();
    }

    private ServerSocket listen(int wanted) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
        Thread.ofVirtual().name("relay-accept-" + socket.getLocalPort()).start(() -> accept(socket));
        return socket;
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            sockets.add(client);
            Socket upstream = new Socket();
            try {
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 1_000);
            } catch (IOException refused) {
                // The server behind is gone (stopped, killed): the client learns at once, as it would without us.
                reset(client);
                sockets.remove(client);
                continue;
            }
            sockets.add(upstream);
            Thread.ofVirtual().start(() -> pump(client, upstream));
            Thread.ofVirtual().start(() -> pump(upstream, client));
        }
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ignored) {
            // one side went away; both are closed below
        } finally {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
