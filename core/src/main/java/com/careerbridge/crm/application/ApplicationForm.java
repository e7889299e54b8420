package com.careerbridge.crm.application;

import java.net.URI;
import java.time.LocalDate;

import com.careerbridge.crm.shared.Violations;

/**
 * What someone writes about a position: the company, the title as advertised, where it was found, and what is known.
 *
 * @param postingUrl     http or https only
 * @param salaryCurrency an ISO 4217 code, needed when a salary is given
 */
public record ApplicationForm(String company, String positionTitle, String postingUrl, String location,
                              ApplicationSource source, LocalDate appliedOn, Integer salaryMin, Integer salaryMax,
                              String salaryCurrency) {

    /** Every problem at once, each at its field (reasons the front ends already translate). */
    void validate() {
        Violations violations = new Violations()
                .required("company", company).maxLength("company", strip(company), JobApplication.COMPANY_MAX)
                .noControlCharacters("company", company)
                .required("positionTitle", positionTitle)
                .maxLength("positionTitle", strip(positionTitle), JobApplication.POSITION_MAX)
                .noControlCharacters("positionTitle", positionTitle)
                .maxLength("location", strip(location), JobApplication.LOCATION_MAX)
                .noControlCharacters("location", location)
                .maxLength("postingUrl", strip(postingUrl), JobApplication.URL_MAX)
                .required("source", source)
                .between("salaryMin", salaryMin, 0, Integer.MAX_VALUE)
                .between("salaryMax", salaryMax, salaryMin == null ? 0 : Math.max(0, salaryMin), Integer.MAX_VALUE);
        if (postingUrl != null && !postingUrl.isBlank() && !isWebAddress(postingUrl.strip())) {
            violations.add("postingUrl", "invalid");
        }
        boolean salary = salaryMin != null || salaryMax != null;
        if (salary && !isCurrency(salaryCurrency)) {
            violations.add("salaryCurrency", "invalid");
        }
        violations.throwIfAny();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static boolean isCurrency(String code) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
            return false;
        }
        try {
            java.util.Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
