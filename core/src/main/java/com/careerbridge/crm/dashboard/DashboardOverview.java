package com.careerbridge.crm.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.session.SessionMode;

/**
 * What a consultant (or an admin, for everyone) should look at today. Every entry names its candidate so that the
 * screen can lead there.
 */
public record DashboardOverview(
        Map<PipelineStatus, Long> caseload,
        List<UpcomingSession> upcomingSessions,
        List<OverdueChecklist> overdueChecklists,
        List<OverdueActionItem> overdueActionItems,
        List<StalledCandidate> stalledCandidates,
        List<RecentActivity> recentActivity,
        ApplicationCounts applications) {

    public long caseloadTotal() {
        return caseload.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Job applications that need attention: interviews in the coming week, offers to answer, no movement. */
    public record ApplicationCounts(long interviewsThisWeek, long offersWaiting, long stale) {

        public long total() {
            return interviewsThisWeek + offersWaiting + stale;
        }
    }

    /** A scheduled session within the coming days. */
    public record UpcomingSession(long sessionId, long candidateId, String candidateName, Instant startsAt,
                                  Instant endsAt, SessionMode mode) {
    }

    /** An assigned guide past its due date with checklist items still open. */
    public record OverdueChecklist(long assignmentId, long candidateId, String candidateName, String guideTitleKo,
                                   String guideTitleEn, LocalDate dueDate, int openItems) {
    }

    /** An action item from a session, past its due date and not done. */
    public record OverdueActionItem(long actionItemId, long sessionId, long candidateId, String candidateName,
                                    String description, LocalDate dueDate) {
    }

    /**
     * A candidate in an open pipeline status with target roles whose readiness has not changed for a while.
     *
     * @param lastMovedAt the newest readiness change over all their target roles (or when the roles were set)
     */
    public record StalledCandidate(long candidateId, String candidateName, PipelineStatus status, int bestReadiness,
                                   Instant lastMovedAt) {
    }

    /** One timeline entry from any candidate in scope. */
    public record RecentActivity(long activityId, long candidateId, String candidateName, String actorName,
                                 String action, Instant occurredAt) {
    }
}
