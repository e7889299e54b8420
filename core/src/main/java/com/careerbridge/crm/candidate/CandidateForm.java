package com.careerbridge.crm.candidate;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.Office;
import com.careerbridge.crm.shared.PhoneNumber;
import com.careerbridge.crm.shared.Violations;

/**
 * What a person types to create or edit a candidate, unchecked. Both front ends bind to this record; {@link #validate()}
 * reports every wrong field at once with translatable reasons.
 */
public record CandidateForm(
        String fullName,
        String email,
        String phone,
        Language language,
        String timeZone,
        CareerStage careerStage,
        String currentCompany,
        String currentTitle,
        List<String> tags) {

    public CandidateProfile validate() {
        Violations violations = new Violations()
                .required("fullName", fullName)
                .maxLength("fullName", fullName, Candidate.NAME_MAX)
                .noControlCharacters("fullName", fullName)
                .required("language", language)
                .zoneId("timeZone", timeZone)
                .required("careerStage", careerStage)
                .maxLength("currentCompany", currentCompany, Candidate.COMPANY_MAX)
                .noControlCharacters("currentCompany", currentCompany)
                .maxLength("currentTitle", currentTitle, Candidate.TITLE_MAX)
                .noControlCharacters("currentTitle", currentTitle);
        EmailAddress checkedEmail = violations.check("email", () -> new EmailAddress(email));
        PhoneNumber checkedPhone = phone == null || phone.isBlank() ? null : violations.check("phone", () -> new PhoneNumber(phone));
        List<String> cleanTags = cleanTags(violations);
        violations.throwIfAny();
        return new CandidateProfile(fullName.strip(), checkedEmail, checkedPhone, language, ZoneId.of(timeZone),
                careerStage, blankToNull(currentCompany), blankToNull(currentTitle), cleanTags);
    }

    private List<String> cleanTags(Violations violations) {
        if (tags == null) {
            return List.of();
        }
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String normalized = tag.strip().toLowerCase(Locale.ROOT);
            if (normalized.length() > Candidate.TAG_MAX || normalized.chars().anyMatch(Character::isISOControl)) {
                violations.add("tags", "invalid");
            }
            clean.add(normalized);
        }
        if (clean.size() > Candidate.TAGS_MAX) {
            violations.add("tags", "too-many");
        }
        return List.copyOf(clean);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An empty form with the consultancy's defaults (its language and time zone), for "new candidate". */
    public static CandidateForm blank(Office office) {
        return new CandidateForm("", "", "", office.defaultLanguage(), office.timeZone().getId(),
                CareerStage.NEW_GRADUATE, "", "", List.of());
    }

    public static CandidateForm of(Candidate candidate) {
        return new CandidateForm(candidate.getFullName(), candidate.getEmail().value(),
                candidate.getPhone() == null ? "" : candidate.getPhone().value(), candidate.getPreferredLanguage(),
                candidate.getTimeZone().getId(), candidate.getCareerStage(),
                candidate.getCurrentCompany() == null ? "" : candidate.getCurrentCompany(),
                candidate.getCurrentTitle() == null ? "" : candidate.getCurrentTitle(), candidate.getTags());
    }
}
