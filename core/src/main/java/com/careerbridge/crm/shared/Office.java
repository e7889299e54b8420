package com.careerbridge.crm.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The consultancy's office: the one place that says which time zone its day runs in and which language it speaks when
 * nobody has chosen one. Staff accounts have no zone of their own, so staff screens, "today" on the dashboard, due dates
 * and the audit log's day filters are read in {@link #timeZone()}; new candidates start in it.
 *
 * @param timeZone        {@code careerbridge.office.time-zone}, default {@code Asia/Seoul}
 * @param defaultLanguage {@code careerbridge.office.default-language}, default Korean: the last step of
 *                        {@link LanguagePolicy}
 */
@ConfigurationProperties("careerbridge.office")
public record Office(@DefaultValue("Asia/Seoul") ZoneId timeZone, @DefaultValue("KO") Language defaultLanguage) {

    /** The office's defaults, for code that runs without a Spring context (unit tests, tools). */
    public static final Office DEFAULT = new Office(ZoneId.of("Asia/Seoul"), Language.KO);

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }
}
