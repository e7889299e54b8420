package com.careerbridge.testsupport;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many published guides assigned to one candidate, written straight in SQL (four statements for any number): the rows
 * the statement-count tests vary from a few to a thousand. Every guide is titled "가이드" / "Guide" and has one
 * checklist item per given state (keys {@code c1}, {@code c2}, …).
 */
public final class BulkGuides {

    private BulkGuides() {
    }

    /** Publishes {@code count} guides whose slugs start with {@code prefix} and assigns each to the candidate. */
    public static void publishAndAssign(JdbcTemplate jdbc, long candidateId, String prefix, int count,
                                        List<String> itemStates) {
        jdbc.update("""
                insert into role_guide (slug, built_in, latest_published, created_at)
                select ? || '-' || n, false, 1, now() from generate_series(1, ?) n""", prefix, count);
        jdbc.update("""
                insert into role_guide_version (guide_id, number, status, title_ko, title_en, content, created_at,
                                                updated_at, published_at)
                select g.id, 1, 'PUBLISHED', '가이드', 'Guide', cast(? as jsonb), now(), now(), now()
                from role_guide g where g.slug like ? || '-%'""", content(itemStates.size()), prefix);
        jdbc.update("""
                insert into assignment (candidate_id, guide_id, guide_version_id, assigned_at, updated_at)
                select ?, v.guide_id, v.id, now(), now()
                from role_guide_version v join role_guide g on g.id = v.guide_id where g.slug like ? || '-%'""",
                candidateId, prefix);
        jdbc.update("""
                insert into assignment_item (id, assignment_id, item_key, kind, position, state)
                select nextval('assignment_item_seq'), a.id, 'c' || (k.pos + 1), 'READ', k.pos, (cast(? as text[]))[k.pos + 1]
                from assignment a join role_guide g on g.id = a.guide_id
                cross join generate_series(0, ? - 1) as k(pos)
                where a.candidate_id = ? and g.slug like ? || '-%'""",
                "{" + String.join(",", itemStates) + "}", itemStates.size(), candidateId, prefix);
    }

    private static String content(int items) {
        String checklist = IntStream.rangeClosed(1, items)
                .mapToObj(i -> "{\"key\":\"c%d\",\"kind\":\"READ\",\"text\":{\"ko\":\"항목 %d\",\"en\":\"item %d\"}}"
                        .formatted(i, i, i))
                .collect(Collectors.joining(","));
        return """
                {"title":{"ko":"가이드","en":"Guide"},"definition":{"ko":"정의","en":"Definition"},"duties":[],"lookAlikes":[],
                 "skills":[],"jdKeywords":[],"interviewQuestions":[],"checklist":[%s]}""".formatted(checklist);
    }
}
