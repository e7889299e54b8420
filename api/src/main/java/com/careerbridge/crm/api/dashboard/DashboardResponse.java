package com.careerbridge.crm.api.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.dashboard.DashboardOverview;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.Language;

/**
 * What the signed-in staff member should look at today: caseload counts by pipeline status, sessions of the coming
 * seven days, overdue checklists and action items, candidates whose readiness stood still for 14 days, and recent
 * activity. Each list holds at most {@code listLimit} entries; every entry names its candidate.
 */
record DashboardResponse(Map<PipelineStatus, Long> caseload, long caseloadTotal, String timeZone, int listLimit,
                         List<UpcomingSession> upcomingSessions, List<OverdueChecklist> overdueChecklists,
                         List<OverdueActionItem> overdueActionItems, List<StalledCandidate> stalledCandidates,
                         List<Activity> recentActivity,
                         @io.swagger.v3.oas.annotations.media.Schema(description = "Job applications that need "
                                 + "attention: interviews in the next 7 days, offers waiting for an answer, open "
                                 + "applications without a move for 14 days (listed by /caseload/applications)")
                         ApplicationCounts applications) {

    record ApplicationCounts(long interviewsThisWeek, long offersWaiting, long stale) {
    }

    record UpcomingSession(long sessionId, long candidateId, String candidateName, Instant startsAt, Instant endsAt,
                           SessionMode mode) {
    }

    record OverdueChecklist(long assignmentId, long candidateId, String candidateName, String guideTitle,
                            LocalDate dueDate, int openItems) {
    }

    record OverdueActionItem(long actionItemId, long sessionId, long candidateId, String candidateName,
                             String description, LocalDate dueDate) {
    }

    record StalledCandidate(long candidateId, String candidateName, PipelineStatus status, int bestReadiness,
                            Instant lastMovedAt) {
    }

    /** A timeline entry; {@code action} is the stable code of what happened (e.g. GUIDE_ASSIGNED). */
    record Activity(long activityId, long candidateId, String candidateName, String actorName, String action,
                    Instant occurredAt) {
    }

    static DashboardResponse from(DashboardOverview o, Language language, String timeZone, int listLimit) {
        return new DashboardResponse(o.caseload(), o.caseloadTotal(), timeZone, listLimit,
                o.upcomingSessions().stream().map(s -> new UpcomingSession(s.sessionId(), s.candidateId(),
                        s.candidateName(), s.startsAt(), s.endsAt(), s.mode())).toList(),
                o.overdueChecklists().stream().map(c -> new OverdueChecklist(c.assignmentId(), c.candidateId(),
                        c.candidateName(), language == Language.KO ? c.guideTitleKo() : c.guideTitleEn(),
                        c.dueDate(), c.openItems())).toList(),
                o.overdueActionItems().stream().map(a -> new OverdueActionItem(a.actionItemId(), a.sessionId(),
                        a.candidateId(), a.candidateName(), a.description(), a.dueDate())).toList(),
                o.stalledCandidates().stream().map(s -> new StalledCandidate(s.candidateId(), s.candidateName(),
                        s.status(), s.bestReadiness(), s.lastMovedAt())).toList(),
                o.recentActivity().stream().map(a -> new Activity(a.activityId(), a.candidateId(), a.candidateName(),
                        a.actorName(), a.action(), a.occurredAt())).toList(),
                new ApplicationCounts(o.applications().interviewsThisWeek(), o.applications().offersWaiting(),
                        o.applications().stale()));
    }
}
