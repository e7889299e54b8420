package com.careerbridge.crm.ui.candidate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CandidateSort;
import com.careerbridge.crm.candidate.CandidateSummary;
import com.careerbridge.crm.shared.CsvRows;

/**
 * Writes the candidate list, as filtered on screen, as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel
 * shows Korean), RFC 4180 quoting, and cells that a spreadsheet would run as a formula defused with a leading
 * apostrophe. Reads page by page so that a large caseload never sits in memory at once.
 */
public final class CandidateCsvExport {

    static final int PAGE = CandidateService.MAX_PAGE_SIZE;
    static final List<String> HEADER = List.of("fullName", "email", "pipelineStatus", "careerStage", "consultant",
            "readiness", "updatedAt");

    private CandidateCsvExport() {
    }

    public static long write(CandidateService candidates, CandidateFilter filter, CandidateSort sort, OutputStream target)
            throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        out.write('\uFEFF');
        CsvRows.write(out, HEADER);
        long written = 0;
        int offset = 0;
        while (true) {
            List<CandidateSummary> page = candidates.list(filter, sort, offset, PAGE);
            for (CandidateSummary row : page) {
                CsvRows.write(out, List.of(row.fullName(), row.email(), row.pipelineStatus().name(), row.careerStage().name(),
                        row.consultantName() == null ? "" : row.consultantName(),
                        row.readiness() == null ? "" : row.readiness().toString(),
                        row.updatedAt() == null ? "" : row.updatedAt().toString()));
                written++;
            }
            if (page.size() < PAGE) {
                break;
            }
            offset += PAGE;
        }
        out.flush();
        // Recorded in core: the list's personal data (names, e-mails) has left the system as a file.
        candidates.recordListExported("csv", written);
        return written;
    }
}
