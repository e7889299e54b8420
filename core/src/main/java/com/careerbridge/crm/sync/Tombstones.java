package com.careerbridge.crm.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.careerbridge.crm.assignment.AssignmentEvents.AssignmentRemoved;
import com.careerbridge.crm.candidate.CandidateEvents.ConsultantChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers ids that left someone's list, so that a client syncing "what changed since T" also learns what to drop.
 * Written by listening to the features' events inside the change's own transaction: the tombstone exists if and only
 * if the removal committed. Kept apart from the activity timeline, which records who did what for people (and may be
 * erased for privacy) rather than which list an id left.
 *
 * <p>Sessions are never deleted (a cancelled session stays, with status CANCELLED), so today no SESSION tombstone is
 * written; the kind exists so that clients can rely on the same shape for every list.
 */
@Component
public class Tombstones {

    public enum EntityKind { ASSIGNMENT, SESSION, CANDIDATE }

    public enum AudienceKind { CANDIDATE, CONSULTANT }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Tombstones(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A removed assignment leaves the candidate's guide list. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AssignmentRemoved event) {
        record(EntityKind.ASSIGNMENT, event.assignmentId(), AudienceKind.CANDIDATE, event.candidateId());
    }

    /** A candidate handed to another consultant leaves the previous consultant's caseload. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ConsultantChanged event) {
        if (event.fromConsultantId() != null && !event.fromConsultantId().equals(event.toConsultantId())) {
            record(EntityKind.CANDIDATE, event.candidateId(), AudienceKind.CONSULTANT, event.fromConsultantId());
        }
    }

    /**
     * An erased candidate leaves their consultant's list for good (the anonymous row stays for statistics only).
     * Called by the erasure in its transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void candidateErased(long candidateId, Long consultantId) {
        if (consultantId != null) {
            record(EntityKind.CANDIDATE, candidateId, AudienceKind.CONSULTANT, consultantId);
        }
    }

    private void record(EntityKind kind, long entityId, AudienceKind audience, long audienceId) {
        jdbc.update("insert into sync_tombstone (entity_kind, entity_id, audience_kind, audience_id, removed_at) "
                + "values (?, ?, ?, ?, ?)", kind.name(), entityId, audience.name(), audienceId,
                clock.instant().atOffset(ZoneOffset.UTC));
    }

    /**
     * Ids of {@code kind} that left the audience's list at or after {@code since}, oldest first. A candidate who came
     * back to the consultant since is not reported: they are in the list again. The caller has established who the
     * audience is (the signed-in candidate or consultant); this class decides nothing about access.
     */
    @Transactional(readOnly = true)
    public List<Long> removedSince(EntityKind kind, AudienceKind audience, long audienceId, Instant since) {
        return jdbc.queryForList("""
                select t.entity_id from sync_tombstone t
                where t.entity_kind = ? and t.audience_kind = ? and t.audience_id = ? and t.removed_at >= ?
                  and not (t.entity_kind = 'CANDIDATE'
                           and exists (select 1 from candidate c where c.id = t.entity_id and c.consultant_id = t.audience_id
                                        and c.erased_at is null))
                group by t.entity_id
                order by min(t.removed_at), t.entity_id""", Long.class,
                kind.name(), audience.name(), audienceId, since.atOffset(ZoneOffset.UTC));
    }

    /** Housekeeping: tombstones older than the sync window are of no use (such clients must resync fully). */
    @Transactional
    public int purgeOlderThan(Instant cutoff) {
        return jdbc.update("delete from sync_tombstone where removed_at < ?", cutoff.atOffset(ZoneOffset.UTC));
    }
}
