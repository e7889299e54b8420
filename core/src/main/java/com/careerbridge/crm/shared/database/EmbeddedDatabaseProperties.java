package com.careerbridge.crm.shared.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster keeps its files; survives restarts
 * @param port          TCP port on the loopback interface; 0 picks a free one at each start
 * @param database      the database the application uses inside the cluster
 * @param startupWait   how long to wait for the postmaster to accept connections
 */
@ConfigurationProperties("careerbridge.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("careerbridge") String database,
        @DefaultValue("30s") Duration startupWait) {
}
