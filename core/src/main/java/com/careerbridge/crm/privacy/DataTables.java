package com.careerbridge.crm.privacy;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

/** Builds {@link DataTable}s straight from SQL: column labels become the names, JDBC values plain JSON-ready values. */
public final class DataTables {

    private DataTables() {
    }

    public static DataTable query(JdbcTemplate jdbc, String name, String sql, Object... args) {
        return jdbc.query(sql, extractor(name, false), args);
    }

    public static DataTable single(JdbcTemplate jdbc, String name, String sql, Object... args) {
        return jdbc.query(sql, extractor(name, true), args);
    }

    private static ResultSetExtractor<DataTable> extractor(String name, boolean single) {
        return rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(value(rs, i));
                }
                rows.add(row);
            }
            return new DataTable(name, columns, rows, single);
        };
    }

    private static Object value(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return switch (value) {
            case null -> null;
            case Timestamp timestamp -> timestamp.toInstant().toString();
            case Array array -> Arrays.asList((Object[]) array.getArray());
            case String text -> text;
            case Number number -> number;
            case Boolean bool -> bool;
            default -> value.toString();
        };
    }
}
