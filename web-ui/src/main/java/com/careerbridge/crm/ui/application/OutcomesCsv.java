package com.careerbridge.crm.ui.application;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.careerbridge.crm.application.OutcomesReport.RoleOutcome;
import com.careerbridge.crm.shared.CsvRows;
import com.careerbridge.crm.shared.Language;

/**
 * The outcomes report as shown, as CSV for spreadsheets: one row per target role, UTF-8 with a byte order mark (so
 * Excel shows Korean) and the shared RFC 4180 quoting. Rates are percentages; a figure the report leaves out (too few
 * applications) is an empty cell, never a zero.
 */
final class OutcomesCsv {

    static final List<String> HEADER_KEYS = List.of("outcomes.role", "outcomes.applied", "outcomes.interviewed",
            "outcomes.csv.interview-rate", "outcomes.offered", "outcomes.csv.offer-rate", "outcomes.accepted",
            "outcomes.csv.acceptance-rate", "outcomes.median-days", "outcomes.readiness-offered",
            "outcomes.csv.offered-count", "outcomes.readiness-not-offered", "outcomes.csv.not-offered-count");

    private OutcomesCsv() {
    }

    static List<String> header(Function<String, String> translate) {
        return HEADER_KEYS.stream().map(translate).toList();
    }

    static void write(List<String> header, List<RoleOutcome> rows, Language language, OutputStream target)
            throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        out.write('\uFEFF');
        CsvRows.write(out, header);
        for (RoleOutcome row : rows) {
            CsvRows.write(out, List.of(row.title(language), Integer.toString(row.applied()),
                    Integer.toString(row.interviewed()), percent(row.interviewRate()), Integer.toString(row.offered()),
                    percent(row.offerRate()), Integer.toString(row.accepted()), percent(row.acceptanceRate()),
                    number(row.medianDaysToOffer()), number(row.readinessWhenOffered()),
                    Integer.toString(row.offered()), number(row.readinessWhenNotOffered()),
                    Integer.toString(row.notOffered())));
        }
        out.flush();
    }

    private static String percent(Double rate) {
        return rate == null ? "" : number(rate * 100);
    }

    /** One decimal, with a point whatever the viewer's language, so that a spreadsheet reads it as a number. */
    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
