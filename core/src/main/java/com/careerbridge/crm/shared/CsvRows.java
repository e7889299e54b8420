package com.careerbridge.crm.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV rows for files people open in a spreadsheet (the candidate list, a candidate's data export): RFC 4180 quoting,
 * CRLF line ends, and cells that a spreadsheet would run as a formula defused with a leading apostrophe.
 */
public final class CsvRows {

    private CsvRows() {
    }

    public static void write(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell, defused and quoted as needed. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
