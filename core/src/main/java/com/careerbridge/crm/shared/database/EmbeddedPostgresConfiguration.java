package com.careerbridge.crm.shared.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the application brings its own PostgreSQL, so that it runs with nothing
 * installed but a JDK. A configured URL switches this off and Spring Boot's usual datasource takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean
    DatabaseMode databaseMode(EmbeddedPostgresServer server) {
        return new DatabaseMode(true, server.isFreshCluster());
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("careerbridge-embedded");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(20);
        // As for an external database: while the database is away a request waits at most this long for a
        // connection, then answers 503 (it was 5 s per request).
        dataSource.setConnectionTimeout(800);
        // The server's "Detail:" (e.g. "Key (email)=(...) already exists") would put personal data into exception
        // messages and from there into logs.
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        return dataSource;
    }
}
