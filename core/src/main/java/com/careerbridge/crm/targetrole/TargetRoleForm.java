package com.careerbridge.crm.targetrole;

import java.util.LinkedHashSet;
import java.util.List;

import com.careerbridge.crm.shared.Violations;

/** What staff enter for a target role. */
public record TargetRoleForm(Integer priority, List<String> targetCompanies, TargetRoleStatus status) {

    List<String> validatedCompanies() {
        Violations violations = new Violations()
                .required("priority", priority)
                .between("priority", priority, TargetRole.PRIORITY_MIN, TargetRole.PRIORITY_MAX)
                .required("status", status);
        LinkedHashSet<String> companies = new LinkedHashSet<>();
        if (targetCompanies != null) {
            for (String company : targetCompanies) {
                if (company == null || company.isBlank()) {
                    continue;
                }
                String clean = company.strip();
                violations.maxLength("targetCompanies", clean, TargetRole.COMPANY_MAX)
                        .noControlCharacters("targetCompanies", clean);
                companies.add(clean);
            }
        }
        if (companies.size() > TargetRole.COMPANIES_MAX) {
            violations.add("targetCompanies", "too-many");
        }
        violations.throwIfAny();
        return List.copyOf(companies);
    }
}
