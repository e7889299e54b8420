package com.careerbridge.crm.api.guide;

import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.roleguide.ChecklistKind;
import com.careerbridge.crm.roleguide.GuideContent;
import com.careerbridge.crm.roleguide.RoleGuideVersion;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;

/**
 * One published version of a guide, in {@code language} (a text missing in that language falls back to the other).
 * A look-alike role names its guide by slug when it has one (see the catalogue), else by name.
 */
record GuideVersionResponse(long guideId, long versionId, int versionNumber, String language, String title,
                            String definition, List<String> duties, List<LookAlike> lookAlikes, List<String> skills,
                            List<String> jdKeywords, List<String> interviewQuestions, List<ChecklistItem> checklist,
                            Instant publishedAt) {

    record LookAlike(String guideSlug, String roleName, String difference) {
    }

    record ChecklistItem(String key, ChecklistKind kind, String text) {
    }

    static GuideVersionResponse of(RoleGuideVersion version, Language language) {
        GuideContent c = version.getContent();
        return new GuideVersionResponse(version.getGuideId(), version.getId(), version.getNumber(), language.code(),
                c.title().in(language), c.definition().in(language), texts(c.duties(), language),
                c.lookAlikes().stream().map(l -> new LookAlike(
                        l.guide() == null || l.guide().isBlank() ? null : l.guide(),
                        l.roleName() == null || l.roleName().isEmpty() ? null : l.roleName().in(language),
                        l.difference() == null ? null : l.difference().in(language))).toList(),
                texts(c.skills(), language), texts(c.jdKeywords(), language), texts(c.interviewQuestions(), language),
                c.checklist().stream().map(i -> new ChecklistItem(i.key(), i.kind(), i.text().in(language))).toList(),
                version.getPublishedAt());
    }

    private static List<String> texts(List<LocalizedText> list, Language language) {
        return list.stream().map(t -> t.in(language)).toList();
    }
}
