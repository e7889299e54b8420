package com.careerbridge.crm.roleguide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.shared.Violations;

/**
 * Everything a guide says about a role, in Korean and English. Stored as one JSON document per version.
 *
 * @param title              the role's name
 * @param definition         one line: what the role is
 * @param duties             main duties
 * @param lookAlikes         roles people confuse it with, and the difference
 * @param skills             skills and competencies it takes
 * @param jdKeywords         words that show up in job descriptions
 * @param interviewQuestions questions to expect
 * @param checklist          the preparation the candidate ticks off
 */
public record GuideContent(
        LocalizedText title,
        LocalizedText definition,
        List<LocalizedText> duties,
        List<LookAlike> lookAlikes,
        List<LocalizedText> skills,
        List<LocalizedText> jdKeywords,
        List<LocalizedText> interviewQuestions,
        List<ChecklistItem> checklist) {

    public static final int TITLE_MAX = 100;
    public static final int TEXT_MAX = 1000;
    public static final int LIST_MAX = 30;

    public GuideContent {
        title = title == null ? LocalizedText.of("", "") : title;
        definition = definition == null ? LocalizedText.of("", "") : definition;
        duties = copy(duties);
        lookAlikes = copy(lookAlikes);
        skills = copy(skills);
        jdKeywords = copy(jdKeywords);
        interviewQuestions = copy(interviewQuestions);
        checklist = copy(checklist);
    }

    /**
     * The content as a version's {@code content} column holds it, for a read model that selects the column with other
     * rows in one statement instead of loading the version.
     */
    public static GuideContent fromStored(String json) {
        return new GuideContentConverter().convertToEntityAttribute(json);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A role guide seen as another role's "look-alike": either a link to another guide ({@code guide} = its slug) or a
     * role without a guide ({@code roleName}, e.g. accounting), with the difference explained.
     */
    public record LookAlike(String guide, LocalizedText roleName, LocalizedText difference) {
    }

    /** One preparation step. The key is stable across versions, so progress can follow a guide to its next version. */
    public record ChecklistItem(String key, ChecklistKind kind, LocalizedText text) {
    }

    /** Length and shape rules that hold for drafts as well (a draft may still be incomplete). */
    void checkShape(Violations violations) {
        checkText(violations, "title", title, TITLE_MAX);
        checkText(violations, "definition", definition, TEXT_MAX);
        checkList(violations, "duties", duties, Function.identity());
        checkList(violations, "skills", skills, Function.identity());
        checkList(violations, "jdKeywords", jdKeywords, Function.identity());
        checkList(violations, "interviewQuestions", interviewQuestions, Function.identity());
        checkList(violations, "lookAlikes", lookAlikes, LookAlike::difference);
        checkList(violations, "checklist", checklist, ChecklistItem::text);
        Set<String> keys = new HashSet<>();
        for (ChecklistItem item : checklist) {
            if (item.key() == null || item.key().isBlank() || item.key().length() > 40 || !keys.add(item.key())) {
                violations.add("checklist", "invalid");
            }
            if (item.kind() == null) {
                violations.add("checklist", "required");
            }
        }
        for (LookAlike lookAlike : lookAlikes) {
            boolean linked = lookAlike.guide() != null && !lookAlike.guide().isBlank();
            boolean named = lookAlike.roleName() != null && !lookAlike.roleName().isEmpty();
            if (linked == named) {
                violations.add("lookAlikes", "invalid");
            }
        }
    }

    /** What publishing additionally needs: both languages everywhere, and something to prepare. */
    void checkComplete(Violations violations) {
        if (!title.isComplete()) {
            violations.add("title", "both-languages");
        }
        if (!definition.isComplete()) {
            violations.add("definition", "both-languages");
        }
        if (checklist.isEmpty()) {
            violations.add("checklist", "required");
        }
        if (duties.isEmpty()) {
            violations.add("duties", "required");
        }
        allComplete(violations, "duties", duties);
        allComplete(violations, "skills", skills);
        allComplete(violations, "jdKeywords", jdKeywords);
        allComplete(violations, "interviewQuestions", interviewQuestions);
        allComplete(violations, "lookAlikes", lookAlikes.stream().map(LookAlike::difference).toList());
        allComplete(violations, "checklist", checklist.stream().map(ChecklistItem::text).toList());
    }

    private static void allComplete(Violations violations, String field, List<LocalizedText> texts) {
        if (texts.stream().anyMatch(text -> text == null || !text.isComplete())) {
            violations.add(field, "both-languages");
        }
    }

    private static void checkText(Violations violations, String field, LocalizedText text, int max) {
        if (text.maxLength() > max) {
            violations.add(field, "too-long");
        }
    }

    private static <T> void checkList(Violations violations, String field, List<T> list, Function<T, LocalizedText> text) {
        if (list.size() > LIST_MAX) {
            violations.add(field, "too-many");
        }
        for (T element : list) {
            LocalizedText value = text.apply(element);
            if (value != null && value.maxLength() > TEXT_MAX) {
                violations.add(field, "too-long");
            }
        }
    }

    /** The next free checklist key ("c7" after "c6"), for an item added in the editor. */
    public String nextChecklistKey() {
        int max = 0;
        for (ChecklistItem item : checklist) {
            if (item.key() != null && item.key().matches("c\\d{1,6}")) {
                max = Math.max(max, Integer.parseInt(item.key().substring(1)));
            }
        }
        return "c" + (max + 1);
    }

    public GuideContent withChecklist(List<ChecklistItem> items) {
        return new GuideContent(title, definition, duties, lookAlikes, skills, jdKeywords, interviewQuestions, new ArrayList<>(items));
    }
}
