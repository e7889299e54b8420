package com.careerbridge.crm.application;

import com.careerbridge.crm.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationFormTest {

    @Test
    void everyBadFieldIsNamedAtOnce() {
        ApplicationForm form = new ApplicationForm(" ", "x".repeat(JobApplication.POSITION_MAX + 1),
                "javascript:alert(1)", null, null, null, 900, 100, "won");

        assertThatThrownBy(form::validate).isInstanceOfSatisfying(InvalidValueException.class, e ->
                assertThat(e.violations()).extracting(v -> v.field() + ":" + v.reason()).containsExactlyInAnyOrder(
                        "company:required", "positionTitle:too-long", "postingUrl:invalid", "source:required",
                        "salaryMax:out-of-range", "salaryCurrency:invalid"));
    }

    @Test
    void aPlainPostingPasses() {
        new ApplicationForm("Acme", "Sales Analyst", "https://careers.acme.example/1", "Seoul",
                ApplicationSource.REFERRAL, null, 50_000_000, 60_000_000, "KRW").validate();
        new ApplicationForm("Acme", "Sales Analyst", null, null, ApplicationSource.COMPANY_SITE, null, null, null, null)
                .validate();
    }
}
