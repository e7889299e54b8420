package com.careerbridge.crm.shared;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowsTest {

    @Test
    void defusesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(CsvRows.cell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(CsvRows.cell("+82 10 1234")).isEqualTo("'+82 10 1234");
        assertThat(CsvRows.cell("-1")).isEqualTo("'-1");
        assertThat(CsvRows.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvRows.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvRows.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvRows.cell("Kim = lead")).isEqualTo("Kim = lead");
    }

    @Test
    void quotesOnlyWhatNeedsQuoting() throws Exception {
        assertThat(CsvRows.cell("plain")).isEqualTo("plain");
        assertThat(CsvRows.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvRows.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvRows.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvRows.cell(null)).isEmpty();

        StringWriter out = new StringWriter();
        CsvRows.write(out, List.of("김지은", "", "x,y"));
        assertThat(out.toString()).isEqualTo("김지은,,\"x,y\"\r\n");
    }
}
