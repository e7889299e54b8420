package com.careerbridge.crm.datarights;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches every text-like column of every table in the schema for a value, driven by PostgreSQL's catalog: a table
 * or column added tomorrow is searched without touching this class. Text, varchar, char, json(b) and arrays of them
 * are searched as text, case-insensitively; digit strings (phone numbers) also against the column's digits alone, so
 * that "+82 10-1234-5678" is found as "1012345678" whatever separators were used.
 */
final class PersonalDataScan {

    private final JdbcTemplate jdbc;

    PersonalDataScan(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Column(String table, String column) {
        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    List<Column> textColumns() {
        return jdbc.query("""
                select c.table_name, c.column_name
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and c.table_name <> 'flyway_schema_history'
                  and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
                       or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar', '_bpchar', '_json', '_jsonb')))
                order by c.table_name, c.column_name""",
                (rs, row) -> new Column(rs.getString(1), rs.getString(2)));
    }

    /** Where the text occurs, as "table.column" → number of rows; empty when nowhere. */
    Map<String, Integer> find(String text) {
        Map<String, Integer> hits = new TreeMap<>();
        for (Column column : textColumns()) {
            Integer count = jdbc.queryForObject("select count(*) from \"" + column.table() + "\" where strpos(lower(\""
                    + column.column() + "\"::text), lower(?)) > 0", Integer.class, text);
            if (count != null && count > 0) {
                hits.put(column.toString(), count);
            }
        }
        return hits;
    }

    /** Where the digits occur once every non-digit is removed from the column's text. */
    Map<String, Integer> findDigits(String digits) {
        Map<String, Integer> hits = new TreeMap<>();
        for (Column column : textColumns()) {
            Integer count = jdbc.queryForObject("select count(*) from \"" + column.table() + "\" where strpos(regexp_replace(\""
                    + column.column() + "\"::text, '[^0-9]', '', 'g'), ?) > 0", Integer.class, digits);
            if (count != null && count > 0) {
                hits.put(column.toString(), count);
            }
        }
        return hits;
    }
}
