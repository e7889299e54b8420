package com.careerbridge.crm.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.stereotype.Component;

/**
 * Opens the one long-lived connection an instance listens on, beside the pool rather than from it: a LISTEN session
 * lasts as long as the instance, and a pool connection held for good would shrink the pool every request shares (20
 * connections) and sit outside the pool's lifetime and health rules. It uses the pool's own address, credentials and
 * driver settings (the short connect and login timeouts included), so it reaches exactly the database the pool does.
 * Only a data source that is not Hikari (none in this application) falls back to a connection borrowed from it.
 */
@Component
class LiveConnections {

    private final DataSource dataSource;

    LiveConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Connection open() throws SQLException {
        HikariDataSource hikari = dataSource.isWrapperFor(HikariDataSource.class)
                ? dataSource.unwrap(HikariDataSource.class) : null;
        Connection connection;
        if (hikari != null && hikari.getJdbcUrl() != null) {
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            // A server that vanished without closing the socket is noticed by the liveness probe within this bound.
            properties.setProperty("socketTimeout", "30");
            properties.setProperty("tcpKeepAlive", "true");
            properties.setProperty("ApplicationName", "careerbridge-live");
            connection = DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        } else {
            connection = dataSource.getConnection();
        }
        connection.setAutoCommit(true);
        return connection;
    }
}
