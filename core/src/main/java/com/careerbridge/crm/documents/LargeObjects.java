package com.careerbridge.crm.documents;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObjectManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * PostgreSQL's large-object API on the connection of the current transaction — the one Spring bound for JPA and JDBC
 * alike, so a content written here commits or rolls back with the rows that point at it.
 */
@Component
class LargeObjects {

    interface Work<T> {
        T run(LargeObjectManager manager) throws Exception;
    }

    private final DataSource dataSource;

    LargeObjects(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Work<T> work) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("large objects need a transaction");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return work.run(manager(connection));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static LargeObjectManager manager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getLargeObjectAPI();
    }
}
