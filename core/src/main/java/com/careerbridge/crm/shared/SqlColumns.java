package com.careerbridge.crm.shared;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Reading nullable columns of a plain JDBC row into Java values, for the reads that map rows straight into records
 * (assignments, sessions, documents, the outbox, password links).
 */
public final class SqlColumns {

    private SqlColumns() {
    }

    /** A {@code timestamptz} column as an instant, or {@code null}. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A {@code timestamptz} column as an instant, or {@code null}. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** An SQL array's elements ({@code null}, e.g. {@code array_agg} over no rows: none). */
    public static Object[] elements(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }

    /** A {@code timestamptz} array element (the driver hands out {@link Timestamp}s holding the exact instant). */
    public static Instant instant(Object element) {
        return element == null ? null : ((Timestamp) element).toInstant();
    }
}
