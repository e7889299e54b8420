package com.careerbridge.crm.privacy;

import java.util.List;
import java.util.Objects;

/**
 * One part of an export: a name (the key in {@code candidate.json} and the CSV file name), column names and rows.
 * Values are strings, numbers, booleans, lists or null (see {@link DataTables}). {@code single} marks a table of one
 * record (the profile), written as an object rather than a list.
 */
public record DataTable(String name, List<String> columns, List<List<Object>> rows, boolean single) {

    public DataTable {
        Objects.requireNonNull(name);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
