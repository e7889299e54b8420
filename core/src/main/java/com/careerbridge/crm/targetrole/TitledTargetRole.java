package com.careerbridge.crm.targetrole;

import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;

/**
 * A target role with the name people know it by: the title of its guide's newest published version ({@code null}
 * while the guide has none published).
 */
public record TitledTargetRole(TargetRole role, LocalizedText guideTitle) {

    /** The title in this language, or the empty string when the guide has no published version. */
    public String title(Language language) {
        return guideTitle == null ? "" : guideTitle.in(language);
    }
}
