package com.careerbridge.crm.assignment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.careerbridge.crm.candidate.CandidateOwnership;
import com.careerbridge.crm.candidate.OwnList;
import com.careerbridge.crm.roleguide.GuideContent;
import com.careerbridge.crm.shared.Language;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Hibernate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.careerbridge.crm.shared.SqlColumns.elements;
import static com.careerbridge.crm.shared.SqlColumns.instant;
import static com.careerbridge.crm.shared.SqlColumns.nullableInt;
import static com.careerbridge.crm.shared.SqlColumns.nullableLong;

/**
 * An assigned guide as it is read, straight into records: one statement brings the assignment, its candidate's
 * ownership and language (so that the access check and the reader's language cost nothing more), its items in checklist
 * order, the assigned version's content and heading, and the guides its look-alike roles name — and one more records
 * a candidate's reading (#19: a guide read in three statements with the token check, where loading the entities took
 * six). The guide and candidate tables are only read here.
 */
@Repository
class AssignmentReads {

    @PersistenceContext
    private EntityManager entityManager;

    /** One item's progress. */
    record ItemRow(String key, ItemState state, Instant doneAt, Instant verifiedAt) {
    }

    /** Everything the reading of an assigned guide shows, before the access check. */
    record Read(AssignmentOverview overview, CandidateOwnership candidate, Language candidateLanguage,
                GuideContent content, List<ItemRow> items, Map<String, Long> lookAlikeGuideIds) {
    }

    /**
     * The reading as recorded: whether it was the first, and the moments and the version the assignment has now.
     */
    record Reading(boolean first, Instant firstOpenedAt, Instant lastReadAt, Instant updatedAt, long version) {

        AssignmentOverview applyTo(AssignmentOverview o) {
            return new AssignmentOverview(o.assignmentId(), version, o.candidateId(), o.guideId(), o.guideVersionId(),
                    o.versionNumber(), o.latestVersionNumber(), o.titleKo(), o.titleEn(), o.assignedAt(), o.dueDate(),
                    o.message(), firstOpenedAt, lastReadAt, o.itemsTotal(), o.itemsDone(), o.itemsVerified(),
                    updatedAt);
        }
    }

    private final JdbcClient jdbc;

    AssignmentReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Read> read(long assignmentId) {
        return jdbc.sql("""
                        select a.id, a.version, a.candidate_id, a.guide_id, a.guide_version_id, v.number,
                               g.latest_published, v.title_ko, v.title_en, a.assigned_at, a.due_date, a.message,
                               a.first_opened_at, a.last_read_at, a.updated_at,
                               c.consultant_id, c.user_id, c.erased_at is not null, c.preferred_locale,
                               v.content::text, items.keys, items.states, items.done, items.verified,
                               links.slugs, links.ids
                        from assignment a
                        join candidate c on c.id = a.candidate_id
                        join role_guide_version v on v.id = a.guide_version_id
                        join role_guide g on g.id = a.guide_id
                        cross join lateral (
                            select array_agg(i.item_key order by i.position) as keys,
                                   array_agg(i.state order by i.position) as states,
                                   array_agg(i.done_at order by i.position) as done,
                                   array_agg(i.verified_at order by i.position) as verified
                            from assignment_item i where i.assignment_id = a.id) items
                        cross join lateral (
                            select array_agg(o.slug) as slugs, array_agg(o.id) as ids
                            from role_guide o
                            where o.slug in (select l ->> 'guide' from jsonb_array_elements(v.content -> 'lookAlikes') l)
                        ) links
                        where a.id = :id""")
                .param("id", assignmentId)
                .query(AssignmentReads::read)
                .optional();
    }

    /**
     * The assignments of the candidate signed in as {@code userId}, with progress, newest first — found by their login in
     * the same statement that reads the list, which also brings their language (#19: the candidate's own list in one
     * statement, without loading their record). Empty when the login is not (or no longer) a candidate's: erased
     * candidates have no list.
     */
    Optional<OwnList<AssignmentOverview>> mine(long userId) {
        List<OwnList.Row<AssignmentOverview>> rows = jdbc.sql("""
                        select c.id, c.preferred_locale,
                               a.id, a.version, a.guide_id, a.guide_version_id, v.number, g.latest_published,
                               v.title_ko, v.title_en, a.assigned_at, a.due_date, a.message, a.first_opened_at,
                               a.last_read_at, a.updated_at, n.total, n.done, n.verified
                        from candidate c
                        left join assignment a on a.candidate_id = c.id
                        left join role_guide_version v on v.id = a.guide_version_id
                        left join role_guide g on g.id = a.guide_id
                        left join lateral (
                            select count(*)::int as total,
                                   (count(*) filter (where i.state = 'DONE'))::int as done,
                                   (count(*) filter (where i.state = 'VERIFIED'))::int as verified
                            from assignment_item i where i.assignment_id = a.id) n on true
                        where c.user_id = :userId and c.erased_at is null
                        order by a.assigned_at desc, a.id desc""")
                .param("userId", userId)
                .query((rs, n) -> {
                    long candidateId = rs.getLong(1);
                    long id = rs.getLong(3);
                    AssignmentOverview overview = rs.wasNull() ? null : new AssignmentOverview(id, rs.getLong(4),
                            candidateId, rs.getLong(5), rs.getLong(6), rs.getInt(7), nullableInt(rs, 8),
                            rs.getString(9), rs.getString(10), instant(rs, 11), rs.getObject(12, LocalDate.class),
                            rs.getString(13), instant(rs, 14), instant(rs, 15), rs.getInt(17), rs.getInt(18),
                            rs.getInt(19), instant(rs, 16));
                    return new OwnList.Row<>(candidateId, Language.fromCode(rs.getString(2)), overview);
                })
                .list();
        return OwnList.fromRows(rows);
    }

    /**
     * Records a candidate's reading — the first time once, the last time always — and moves the version on, as every
     * change of the assignment does.
     */
    Reading recordReading(long assignmentId, Instant now) {
        // A caller working in one transaction (the demo loader) may hold the assignment as a loaded entity: its changes
        // go to the row first, and it is read again after, so it does not write its old version back over this one.
        // Through the API nothing is loaded: getReference makes no query and the flush has nothing to write.
        Assignment managed = entityManager.getReference(Assignment.class, assignmentId);
        boolean loaded = Hibernate.isInitialized(managed);
        if (loaded) {
            entityManager.flush();
        }
        Reading reading = recordReadingInRow(assignmentId, now);
        if (loaded) {
            entityManager.refresh(managed);
        }
        return reading;
    }

    private Reading recordReadingInRow(long assignmentId, Instant now) {
        // The row is locked before its old first opening is looked at, so two first readings at once tell one first.
        return jdbc.sql("""
                        update assignment a set first_opened_at = coalesce(a.first_opened_at, :now),
                                                last_read_at = :now, updated_at = :now, version = a.version + 1
                        from (select id, first_opened_at from assignment where id = :id for update) before
                        where a.id = before.id
                        returning before.first_opened_at is null, a.first_opened_at, a.last_read_at, a.updated_at,
                                  a.version""")
                .param("now", Timestamp.from(now))
                .param("id", assignmentId)
                .query((rs, n) -> new Reading(rs.getBoolean(1), instant(rs, 2), instant(rs, 3), instant(rs, 4),
                        rs.getLong(5)))
                .single();
    }

    private static Read read(ResultSet rs, int n) throws SQLException {
        String[] keys = strings(rs.getArray(21));
        String[] states = strings(rs.getArray(22));
        Instant[] done = instants(rs.getArray(23), keys.length);
        Instant[] verified = instants(rs.getArray(24), keys.length);
        List<ItemRow> items = new ArrayList<>(keys.length);
        int doneCount = 0;
        int verifiedCount = 0;
        for (int i = 0; i < keys.length; i++) {
            ItemState state = ItemState.valueOf(states[i]);
            doneCount += state == ItemState.DONE ? 1 : 0;
            verifiedCount += state == ItemState.VERIFIED ? 1 : 0;
            items.add(new ItemRow(keys[i], state, done[i], verified[i]));
        }
        long candidateId = rs.getLong(3);
        AssignmentOverview overview = new AssignmentOverview(rs.getLong(1), rs.getLong(2), candidateId, rs.getLong(4),
                rs.getLong(5), rs.getInt(6), nullableInt(rs, 7), rs.getString(8), rs.getString(9), instant(rs, 10),
                rs.getObject(11, LocalDate.class), rs.getString(12), instant(rs, 13), instant(rs, 14), keys.length,
                doneCount, verifiedCount, instant(rs, 15));
        CandidateOwnership candidate = new CandidateOwnership(candidateId, nullableLong(rs, 16), nullableLong(rs, 17),
                rs.getBoolean(18));
        String[] slugs = strings(rs.getArray(25));
        Array ids = rs.getArray(26);
        Object[] guideIds = ids == null ? new Object[0] : (Object[]) ids.getArray();
        Map<String, Long> links = new HashMap<>();
        for (int i = 0; i < slugs.length; i++) {
            links.put(slugs[i], ((Number) guideIds[i]).longValue());
        }
        return new Read(overview, candidate, Language.fromCode(rs.getString(19)),
                GuideContent.fromStored(rs.getString(20)), items, links);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    /** A timestamptz array as instants, {@code length} of them (none from the database: all {@code null}). */
    private static Instant[] instants(Array array, int length) throws SQLException {
        Instant[] instants = new Instant[length];
        Object[] values = elements(array);
        for (int i = 0; i < values.length; i++) {
            instants[i] = instant(values[i]);
        }
        return instants;
    }
}
