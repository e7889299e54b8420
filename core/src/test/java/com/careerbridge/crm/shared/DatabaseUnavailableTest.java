package com.careerbridge.crm.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void recognisesAnOutageHoweverItIsWrapped() {
        SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("no tx", poolTimeout))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("no connection", poolTimeout))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new BeanCreationException("view", new IllegalStateException(poolTimeout)))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new JDBCConnectionException("gone", new SQLException("x", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void leavesOrdinaryFailuresAlone() {
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("dup", new SQLException("dup", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(ConflictException.stale())).isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
    }

    @Test
    void aRollbackThatFailsOnTheClosedConnectionIsAnOutage() {
        // What Spring throws when the statement hit a cut connection and the rollback then found it closed.
        var rollbackFailed = new org.springframework.orm.jpa.JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(DatabaseUnavailable.isCause(rollbackFailed)).isTrue();
        assertThat(DatabaseUnavailable.isCause(new org.hibernate.TransactionException("no transaction in progress")))
                .isFalse();
    }
}
