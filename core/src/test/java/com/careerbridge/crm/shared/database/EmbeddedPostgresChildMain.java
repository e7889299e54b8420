package com.careerbridge.crm.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;

/**
 * Run in a child JVM by {@link EmbeddedPostgresRecoveryIT}: starts the embedded server on the directory given, commits
 * one row, says {@code READY} and waits to be killed, so that the test can {@code kill -9} a JVM that owns a live
 * postmaster, the way a crash or an OOM killer would.
 */
public final class EmbeddedPostgresChildMain {

    private EmbeddedPostgresChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]);
        String marker = args[1];
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(dataDirectory, 0, "careerbridge", Duration.ofSeconds(60)));
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             Statement ddl = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("insert into crash_probe (marker) values (?)")) {
            ddl.execute("create table if not exists crash_probe (marker text not null)");
            insert.setString(1, marker);
            insert.executeUpdate();
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(10));
    }
}
