package com.careerbridge.crm.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.careerbridge.crm.assignment.AssignmentDetails;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.ItemState;
import com.careerbridge.crm.roleguide.ChecklistKind;
import com.careerbridge.crm.roleguide.GuideContent;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;

/**
 * One assigned guide's full content, in {@code language} (Korean or English; a text missing in that language falls
 * back to the other), with the candidate's checklist progress. The exact version that was assigned is shown.
 */
public record GuideDetailResponse(long assignmentId, long guideId, int versionNumber, boolean newerVersionAvailable,
                           String language, String title, String definition, List<String> duties,
                           List<LookAlike> lookAlikes, List<String> skills, List<String> jdKeywords,
                           List<String> interviewQuestions, List<ChecklistEntry> checklist, ProgressView progress,
                           Instant assignedAt, LocalDate dueDate, String message, Instant firstOpenedAt) {

    /**
     * A role people confuse this one with, and the difference. {@code guideId} is set when that role has its own
     * guide; {@code roleName} when it has none.
     */
    public record LookAlike(String guideSlug, Long guideId, String roleName, String difference) {
    }

    /** One preparation step and its state: OPEN, DONE (ticked by the candidate) or VERIFIED (by the consultant). */
    public record ChecklistEntry(String key, ChecklistKind kind, String text, ItemState state, Instant doneAt,
                          Instant verifiedAt) {
    }

    public static GuideDetailResponse of(AssignmentDetails details, Language language) {
        AssignmentOverview o = details.overview();
        GuideContent c = details.content();
        return new GuideDetailResponse(o.assignmentId(), o.guideId(), o.versionNumber(), o.newerVersionAvailable(),
                language.code(), c.title().in(language), c.definition().in(language), texts(c.duties(), language),
                c.lookAlikes().stream().map(l -> new LookAlike(blankToNull(l.guide()),
                        l.guide() == null ? null : details.lookAlikeGuideIds().get(l.guide()),
                        l.roleName() == null || l.roleName().isEmpty() ? null : l.roleName().in(language),
                        l.difference() == null ? null : l.difference().in(language))).toList(),
                texts(c.skills(), language), texts(c.jdKeywords(), language), texts(c.interviewQuestions(), language),
                details.checklist().stream().map(e -> new ChecklistEntry(
                        e.item() == null ? null : e.item().key(), e.item() == null ? null : e.item().kind(),
                        e.item() == null ? null : e.item().text().in(language), e.state(), e.doneAt(), e.verifiedAt()))
                        .toList(),
                ProgressView.of(o), o.assignedAt(), o.dueDate(), o.message(),
                asStored(o.firstOpenedAt()));
    }

    /**
     * An instant as PostgreSQL keeps it (rounded to the nearest microsecond), so that the answer to the first reading,
     * built before the database round trip, equals later ones and gets the same ETag.
     */
    public static Instant asStored(Instant instant) {
        if (instant == null) {
            return null;
        }
        long micros = Math.round(instant.getNano() / 1000.0);
        return Instant.ofEpochSecond(instant.getEpochSecond()).plus(micros, ChronoUnit.MICROS);
    }

    private static List<String> texts(List<LocalizedText> list, Language language) {
        return list.stream().map(t -> t.in(language)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
