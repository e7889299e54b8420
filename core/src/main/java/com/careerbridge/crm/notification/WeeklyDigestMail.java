package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A candidate's weekly progress digest: what changed since the previous digest and what is coming.
 *
 * @param since          the previous digest (or a week before {@code until} for the first one)
 * @param until          when the digest was built
 * @param readiness      each target role's score then and now
 * @param completed      checklist and action items finished since {@code since}
 * @param open           items still open with a due date that has not passed
 * @param overdue        items still open whose due date has passed
 * @param sessions       sessions in the next seven days
 * @param latestSummary  the consultant's newest shared session summary, if written since {@code since}; else null
 * @param summaryBy      who wrote it (null with it)
 * @param summaryAt      the session it belongs to (null with it)
 * @param newGuides      titles of the guides assigned since the last digest (with or without a due date)
 * @param nothingChanged true when there is no change to report: the mail then says a word of encouragement instead
 * @param portalLink     the candidate portal
 * @param applications   job applications that moved since {@code since}, where they stand now
 * @param interviews     job interviews in the next seven days
 */
public record WeeklyDigestMail(Instant since, Instant until, List<RoleProgress> readiness, List<String> newGuides,
                               List<String> completed, List<DueItem> open, List<DueItem> overdue, List<UpcomingSession> sessions,
                               String latestSummary, String summaryBy, Instant summaryAt, boolean nothingChanged,
                               URI portalLink, List<ApplicationMove> applications, List<UpcomingInterview> interviews)
        implements MailModel {

    public WeeklyDigestMail {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(portalLink, "portalLink");
        readiness = readiness == null ? List.of() : List.copyOf(readiness);
        newGuides = newGuides == null ? List.of() : List.copyOf(newGuides); // absent in mails planned before it existed
        completed = completed == null ? List.of() : List.copyOf(completed);
        open = open == null ? List.of() : List.copyOf(open);
        overdue = overdue == null ? List.of() : List.copyOf(overdue);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        // absent in mails planned before they existed
        applications = applications == null ? List.of() : List.copyOf(applications);
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
    }

    /** @param stage the stage's code (APPLIED … WITHDRAWN); the template words it */
    public record ApplicationMove(String company, String position, String stage) {
    }

    /** @param format the format's code (PHONE … CASE); the template words it */
    public record UpcomingInterview(Instant start, int round, String company, String format) {
    }

    /**
     * @param before the score at the previous digest, or null when the role had no score yet
     * @param now    the score now
     */
    public record RoleProgress(String title, Integer before, int now) {

        /** Whether the line is worth a "before → now" arrow (for the template). */
        public boolean moved() {
            return before != null && before != now;
        }
    }

    /** @param due the due day, as an instant inside that day in the reader's zone (shown with {@code fmt.date}) */
    public record DueItem(String title, Instant due) {
    }

    public record UpcomingSession(Instant start, int durationMinutes, String consultantName, String location) {
    }
}
