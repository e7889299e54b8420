package com.careerbridge.crm.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import com.careerbridge.crm.shared.database.DatabaseMode;
import com.careerbridge.crm.shared.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Decides whether this start loads the demo consultancy: on the first start of the embedded database by default;
 * on any database when asked ({@code --demo} or {@code careerbridge.demo.enabled=true}); never with
 * {@code careerbridge.demo.enabled=false}. Loads at most once, and prints the demo logins.
 */
@Component
@Order(20)
@EnableConfigurationProperties(DemoProperties.class)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoData demoData;
    private final DemoProperties properties;
    private final DatabaseMode databaseMode;
    private final ObjectProvider<EmbeddedPostgresServer> embeddedServer;

    DemoLoader(DemoData demoData, DemoProperties properties, DatabaseMode databaseMode,
               ObjectProvider<EmbeddedPostgresServer> embeddedServer) {
        this.demoData = demoData;
        this.properties = properties;
        this.databaseMode = databaseMode;
        this.embeddedServer = embeddedServer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted(args) || demoData.isLoaded()) {
            return;
        }
        Map<String, String> logins;
        try {
            logins = demoData.load();
        } catch (RuntimeException e) {
            // The demo is a convenience: its failure (rolled back whole) must not keep the application down.
            log.error("Could not load the demo consultancy ({}); the application runs without it", e.toString());
            return;
        }
        String fileNote = "";
        var server = embeddedServer.getIfAvailable();
        if (server != null) {
            Path file = server.dataDirectory().getParent().resolve("demo-logins.txt");
            try {
                DemoData.writeLoginsFile(file, logins);
                fileNote = " They are also kept in " + file + " (readable by you only).";
            } catch (IOException e) {
                log.warn("Could not write the demo logins file: {}", e.getMessage());
            }
        }
        // One log event per line (log lines are never multi-line). The addresses are the fictional demo people's.
        log.warn("================================================================");
        log.warn(" Demo consultancy loaded. Sign in at /login as a consultant or a candidate:");
        logins.forEach((email, password) -> log.warn("   {} {}", String.format("%-40s", email), password));
        log.warn(" Passwords are random and shown here once.{}", fileNote);
        log.warn("================================================================");
    }

    private boolean wanted(ApplicationArguments args) {
        if (Boolean.FALSE.equals(properties.enabled())) {
            return false;
        }
        if (Boolean.TRUE.equals(properties.enabled()) || args.containsOption("demo")) {
            return true;
        }
        return databaseMode.embedded() && databaseMode.freshCluster();
    }
}
