package com.careerbridge.crm.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
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

    /**
     * The same pool settings as for an external database: everything under {@code spring.datasource.hikari} (timeouts,
     * validation, keep-alive, pgjdbc's connect/login/socket timeouts) is bound onto this pool after it is built, as
     * Spring Boot does for its own. This pool used to be configured here alone, so the embedded database waited 5 s per
     * request while it was away and validated connections for up to 5 s, whatever application.yml said.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("careerbridge-embedded");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(20);
        // Defaults for a context without application.yml (the core tests); the binding above replaces them.
        dataSource.setConnectionTimeout(800);
        dataSource.setValidationTimeout(500);
        // The server's "Detail:" (e.g. "Key (email)=(...) already exists") would put personal data into exception
        // messages and from there into logs.
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        return dataSource;
    }
}
