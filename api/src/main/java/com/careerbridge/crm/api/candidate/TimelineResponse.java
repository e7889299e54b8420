package com.careerbridge.crm.api.candidate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.timeline.ActivityEntry;

/**
 * A page of a candidate's timeline, newest first. {@code nextBefore}: pass it as {@code before} for the next (older)
 * page; null when this was the last. {@code syncedAt}: pass it as {@code updatedSince} to fetch only newer entries
 * later (entries never change, so a kept copy only grows).
 */
record TimelineResponse(List<Entry> items, Long nextBefore, Instant syncedAt) {

    /**
     * One thing that happened. {@code action} is a stable code (e.g. GUIDE_ASSIGNED, SESSION_COMPLETED);
     * {@code details} its particulars (ids, titles, statuses), different per action.
     */
    record Entry(long id, String action, Long actorId, String actorName, Long subjectId, Map<String, Object> details,
                 Instant occurredAt) {

        static Entry from(ActivityEntry e) {
            return new Entry(e.id(), e.action(), e.actorId(), e.actorName(), e.subjectId(), e.details(),
                    e.occurredAt());
        }
    }
}
