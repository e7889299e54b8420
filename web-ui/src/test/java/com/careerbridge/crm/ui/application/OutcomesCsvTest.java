package com.careerbridge.crm.ui.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.application.OutcomesReport.RoleOutcome;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.i18n.Translations;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomesCsvTest {

    private final DefaultI18NProvider bundles = new DefaultI18NProvider(Translations.SUPPORTED);

    @Test
    void oneRowPerRoleWithBlanksWhereTheReportGivesNoFigure() throws IOException {
        RoleOutcome quoted = new RoleOutcome(1, "영업, \"B2B\"", "Sales, \"B2B\"", 10, 4, 2, 1, 0.4, 0.2, null, 12.5,
                71.25, 48.0);
        RoleOutcome few = new RoleOutcome(2, "데이터 분석가", "Data analyst", 3, 1, 0, 0, null, null, null, null, null,
                null);
        List<String> header = OutcomesCsv.header(key -> bundles.getTranslation(key, Locale.ENGLISH));

        byte[] bytes = write(header, List.of(quoted, few), Language.EN);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("Target role,Applied,Interview,Interview rate (%),Offer,")
                .endsWith(",Applications without an offer");
        assertThat(lines.get(1)).isEqualTo("\"Sales, \"\"B2B\"\"\",10,4,40.0,2,20.0,1,,12.5,71.3,2,48.0,8");
        assertThat(lines.get(2)).isEqualTo("Data analyst,3,1,,0,,0,,,,0,,3");
    }

    @Test
    void koreanViewersGetKoreanHeadersAndTitles() throws IOException {
        RoleOutcome row = new RoleOutcome(2, "데이터 분석가", "Data analyst", 3, 1, 0, 0, null, null, null, null, null,
                null);
        List<String> header = OutcomesCsv.header(key -> bundles.getTranslation(key, Locale.KOREAN));

        String text = new String(write(header, List.of(row), Language.KO), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF목표 직무,지원,면접,면접 비율 (%),").contains("\r\n데이터 분석가,3,");
    }

    private static byte[] write(List<String> header, List<RoleOutcome> rows, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutcomesCsv.write(header, rows, language, out);
        return out.toByteArray();
    }
}
