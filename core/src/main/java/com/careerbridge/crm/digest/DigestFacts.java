package com.careerbridge.crm.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.application.ApplicationStage;
import com.careerbridge.crm.application.InterviewFormat;
import com.careerbridge.crm.assignment.ItemState;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a digest is written from, for a batch of candidates, in one statement: their guide assignments with the
 * checklist's state and texts, their sessions with action items and the consultant's name, their target roles with
 * the guide's title and the readiness now and at the candidate's "since", their sent job applications with their
 * interviews. A read model over five features' tables
 * (listed in TableOwnershipTest): the weekly batch and the consultant's preview both read it, so what the preview shows
 * is what the week's mail says, and a preview costs the same at ten and at a thousand rows.
 *
 * <p>No access check: {@link DigestService} has decided (the system plans, staff preview their own candidates).
 */
@Component
class DigestFacts {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    // Per candidate one JSON document; the nested aggregates keep the statement count at one for any number of rows.
    // The guide title of a target role is its newest published version's, or the draft's while none is published
    // (as in the guide library); the readiness "before" is the newest snapshot at or before the candidate's "since".
    private static final String SQL = """
            select w.candidate_id, json_build_object(
              'assignments', coalesce((
                select json_agg(json_build_object(
                         'assignedAt', a.assigned_at, 'dueDate', a.due_date,
                         'titleKo', v.title_ko, 'titleEn', v.title_en,
                         'checklist', v.content -> 'checklist',
                         'items', coalesce((
                           select json_agg(json_build_object('key', i.item_key, 'state', i.state, 'doneAt', i.done_at)
                                           order by i.position, i.id)
                           from assignment_item i where i.assignment_id = a.id), '[]'::json))
                       order by a.id)
                from assignment a join role_guide_version v on v.id = a.guide_version_id
                where a.candidate_id = w.candidate_id), '[]'::json),
              'sessions', coalesce((
                select json_agg(json_build_object(
                         'consultant', u.display_name, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
                         'status', s.status, 'location', s.location, 'sharedSummary', s.shared_summary,
                         'updatedAt', s.updated_at,
                         'actions', coalesce((
                           select json_agg(json_build_object('description', x.description, 'dueDate', x.due_date,
                                                             'doneAt', x.done_at)
                                           order by x.position, x.id)
                           from session_action_item x where x.session_id = s.id), '[]'::json))
                       order by s.id)
                from coaching_session s left join user_account u on u.id = s.consultant_id
                where s.candidate_id = w.candidate_id), '[]'::json),
              'roles', coalesce((
                select json_agg(json_build_object(
                         'titleKo', coalesce(pv.title_ko, dv.title_ko), 'titleEn', coalesce(pv.title_en, dv.title_en),
                         'readiness', r.readiness,
                         'readinessBefore', (select rs.score from readiness_snapshot rs
                                             where rs.target_role_id = r.id and rs.computed_at <= w.since
                                             order by rs.id desc limit 1))
                       order by r.priority, r.id)
                from target_role r
                join role_guide g on g.id = r.guide_id
                left join role_guide_version pv on pv.guide_id = g.id and pv.number = g.latest_published
                left join role_guide_version dv on dv.guide_id = g.id and dv.status = 'DRAFT'
                where r.candidate_id = w.candidate_id), '[]'::json),
              'applications', coalesce((
                select json_agg(json_build_object(
                         'company', a.company, 'position', a.position_title, 'stage', a.stage,
                         'stageChangedAt', a.stage_changed_at,
                         'interviews', coalesce((
                           select json_agg(json_build_object('startsAt', i.starts_at, 'round', i.round,
                                                             'format', i.format) order by i.starts_at, i.id)
                           from job_interview i where i.application_id = a.id), '[]'::json))
                       order by a.stage_changed_at, a.id)
                from job_application a
                where a.candidate_id = w.candidate_id and a.stage <> 'SAVED'), '[]'::json)
            )::text as facts
            from unnest(cast(:ids as bigint[]), cast(:since as timestamptz[])) as w (candidate_id, since)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DigestFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per candidate id (the keys of {@code since}), what their digest is written from. */
    Map<Long, Facts> load(Map<Long, Instant> since) {
        if (since.isEmpty()) {
            return Map.of();
        }
        Long[] ids = since.keySet().toArray(Long[]::new);
        String[] moments = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            moments[i] = since.get(ids[i]).toString();
        }
        Map<Long, Facts> facts = new HashMap<>();
        jdbc.query(SQL, new MapSqlParameterSource().addValue("ids", ids).addValue("since", moments),
                row -> {
                    facts.put(row.getLong(1), JSON.readValue(row.getString(2), Facts.class));
                });
        return facts;
    }

    record Facts(List<AssignmentFact> assignments, List<SessionFact> sessions, List<RoleFact> roles,
                 List<ApplicationFact> applications) {

        Facts {
            applications = applications == null ? List.of() : applications;
        }
    }

    /** A sent application: where it stands, since when, and its interview rounds. */
    record ApplicationFact(String company, String position, ApplicationStage stage, Instant stageChangedAt,
                           List<InterviewFact> interviews) {
    }

    record InterviewFact(Instant startsAt, int round, InterviewFormat format) {
    }

    record AssignmentFact(Instant assignedAt, LocalDate dueDate, String titleKo, String titleEn,
                          List<ChecklistText> checklist, List<ItemFact> items) {

        String title(Language language) {
            return language == Language.EN ? titleEn : titleKo;
        }

        /** The checklist's text of an item in the assigned version; the first one where keys repeat. */
        Map<String, LocalizedText> texts() {
            Map<String, LocalizedText> texts = new HashMap<>();
            if (checklist != null) {
                checklist.forEach(item -> texts.putIfAbsent(item.key(), item.text()));
            }
            return texts;
        }
    }

    record ChecklistText(String key, LocalizedText text) {
    }

    record ItemFact(String key, ItemState state, Instant doneAt) {
    }

    record SessionFact(String consultant, Instant startsAt, Instant endsAt, SessionStatus status, String location,
                       String sharedSummary, Instant updatedAt, List<ActionFact> actions) {

        String consultantName() {
            return consultant == null ? "" : consultant;
        }
    }

    record ActionFact(String description, LocalDate dueDate, Instant doneAt) {
    }

    /** @param readinessBefore null when the role had no score yet at the candidate's "since" */
    record RoleFact(String titleKo, String titleEn, int readiness, Integer readinessBefore) {

        String title(Language language) {
            String title = language == Language.EN ? titleEn : titleKo;
            return title == null ? "?" : title;
        }
    }
}
