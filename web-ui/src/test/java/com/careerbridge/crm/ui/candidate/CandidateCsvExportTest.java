package com.careerbridge.crm.ui.candidate;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateCsvExportTest {

    @Test
    void defusesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(CandidateCsvExport.cell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(CandidateCsvExport.cell("+82 10 1234")).isEqualTo("'+82 10 1234");
        assertThat(CandidateCsvExport.cell("-1")).isEqualTo("'-1");
        assertThat(CandidateCsvExport.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(CandidateCsvExport.cell("\tx")).isEqualTo("'\tx");
        assertThat(CandidateCsvExport.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CandidateCsvExport.cell("Kim = lead")).isEqualTo("Kim = lead");
    }

    @Test
    void quotesOnlyWhatNeedsQuoting() throws Exception {
        assertThat(CandidateCsvExport.cell("plain")).isEqualTo("plain");
        assertThat(CandidateCsvExport.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CandidateCsvExport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CandidateCsvExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CandidateCsvExport.cell(null)).isEmpty();

        StringWriter out = new StringWriter();
        CandidateCsvExport.writeRow(out, List.of("김지은", "", "x,y"));
        assertThat(out.toString()).isEqualTo("김지은,,\"x,y\"\r\n");
    }
}
