package com.careerbridge.crm.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Checks that the HTTP port is free before anything else starts. Tomcat would find out only after the embedded
 * PostgreSQL, Flyway and Hibernate had started (some 40 seconds on our machines); this answers in a second with Spring
 * Boot's own "Port … was already in use" explanation. It only tries to bind and lets go at once: someone taking the
 * port in between is still reported by Tomcat itself.
 */
public final class PortAvailability implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        int port = environment.getProperty("server.port", Integer.class, 8080);
        if (port <= 0) {
            return;
        }
        String address = environment.getProperty("server.address");
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address == null || address.isBlank() ? new InetSocketAddress(port)
                    : new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (IOException e) {
            throw new PortInUseException(port, e);
        }
    }
}
