package com.careerbridge.crm.datarights;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.careerbridge.crm.privacy.DataTable;
import com.careerbridge.crm.privacy.ExportScope;
import com.careerbridge.crm.shared.CsvRows;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an export as a ZIP straight onto the response: {@code candidate.json} with every part, and one CSV per list
 * (UTF-8 with a byte order mark so that Excel shows Korean, RFC 4180 quoting, formula-like cells defused with a leading
 * apostrophe). Nothing is assembled in memory but the rows themselves.
 */
final class ExportArchive {

    static final String FORMAT = "careerbridge-candidate-export/1";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ExportArchive() {
    }

    static void write(long candidateId, ExportScope scope, Instant exportedAt, List<DataTable> tables, OutputStream target)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("candidate.json"));
        try (JsonGenerator json = JSON.createGenerator(new KeepOpen(zip))) {
            json.writeStartObject();
            json.writeStringProperty("format", FORMAT);
            json.writeNumberProperty("candidateId", candidateId);
            json.writeStringProperty("scope", scope.name());
            json.writeStringProperty("exportedAt", exportedAt.toString());
            for (DataTable table : tables) {
                json.writeName(table.name());
                if (table.single()) {
                    json.writePOJO(table.rows().isEmpty() ? null : record(table.columns(), table.rows().getFirst()));
                } else {
                    json.writePOJO(table.rows().stream().map(row -> record(table.columns(), row)).toList());
                }
            }
            json.writeEndObject();
        }
        zip.closeEntry();
        for (DataTable table : tables) {
            if (!table.single()) {
                zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
                Writer csv = new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8);
                csv.write('\uFEFF');
                CsvRows.write(csv, table.columns());
                for (List<Object> row : table.rows()) {
                    CsvRows.write(csv, row.stream().map(ExportArchive::text).toList());
                }
                csv.flush();
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    private static Map<String, Object> record(List<String> columns, List<Object> row) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            record.put(columns.get(i), row.get(i));
        }
        return record;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        return value.toString();
    }

    /** Lets the JSON generator and CSV writers close without closing the ZIP under them. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
