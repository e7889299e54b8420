package com.careerbridge.crm.digest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.assignment.ItemState;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.digest.DigestFacts.ActionFact;
import com.careerbridge.crm.digest.DigestFacts.ApplicationFact;
import com.careerbridge.crm.digest.DigestFacts.AssignmentFact;
import com.careerbridge.crm.digest.DigestFacts.Facts;
import com.careerbridge.crm.digest.DigestFacts.InterviewFact;
import com.careerbridge.crm.digest.DigestFacts.ItemFact;
import com.careerbridge.crm.digest.DigestFacts.SessionFact;
import com.careerbridge.crm.notification.MailSettings;
import com.careerbridge.crm.notification.WeeklyDigestMail;
import com.careerbridge.crm.notification.WeeklyDigestMail.ApplicationMove;
import com.careerbridge.crm.notification.WeeklyDigestMail.DueItem;
import com.careerbridge.crm.notification.WeeklyDigestMail.RoleProgress;
import com.careerbridge.crm.notification.WeeklyDigestMail.UpcomingInterview;
import com.careerbridge.crm.notification.WeeklyDigestMail.UpcomingSession;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the digests of a batch of candidates from {@link DigestFacts}: one statement for the whole batch, whatever
 * the number of guides, items, sessions and snapshots behind it. Call inside a transaction, as the system or staff.
 */
@Component
class DigestBuilder {

    static final Duration FIRST_DIGEST_LOOKBACK = Duration.ofDays(7);
    static final Duration UPCOMING = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(DigestBuilder.class);

    private final DigestFacts facts;
    private final MailSettings settings;

    DigestBuilder(DigestFacts facts, MailSettings settings) {
        this.facts = facts;
        this.settings = settings;
    }

    /**
     * @param since per candidate, the previous digest; missing means a first digest (the last seven days)
     * @return per candidate id, the digest; a candidate whose digest cannot be built is left out (and logged), the
     *         others are not held back by it
     */
    Map<Long, WeeklyDigestMail> build(Collection<Candidate> candidates, Map<Long, Instant> since, Instant now) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> from = new LinkedHashMap<>();
        candidates.forEach(c -> from.put(c.getId(), since.getOrDefault(c.getId(), now.minus(FIRST_DIGEST_LOOKBACK))));
        Map<Long, Facts> loaded = facts.load(from);
        Map<Long, WeeklyDigestMail> digests = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            try {
                digests.put(candidate.getId(), digestOf(candidate, from.get(candidate.getId()), now,
                        loaded.get(candidate.getId())));
            } catch (RuntimeException e) {
                log.warn("Digest of candidate {} could not be built; the others go on", candidate.getId(), e);
            }
        }
        return digests;
    }

    private WeeklyDigestMail digestOf(Candidate candidate, Instant since, Instant now, Facts facts) {
        Language language = candidate.getPreferredLanguage();
        ZoneId zone = candidate.getTimeZone();
        LocalDate today = now.atZone(zone).toLocalDate();

        List<RoleProgress> readinessLines = facts.roles().stream()
                .map(role -> new RoleProgress(role.title(language), role.readinessBefore(), role.readiness()))
                .toList();

        List<String> newGuides = new ArrayList<>();
        List<String> completed = new ArrayList<>();
        List<DueItem> open = new ArrayList<>();
        List<DueItem> overdue = new ArrayList<>();
        for (AssignmentFact assignment : facts.assignments()) {
            if (assignment.assignedAt().isAfter(since)) {
                newGuides.add(assignment.title(language));
            }
            Map<String, LocalizedText> texts = assignment.texts();
            for (ItemFact item : assignment.items()) {
                if (item.state() != ItemState.OPEN && item.doneAt() != null && item.doneAt().isAfter(since)) {
                    LocalizedText text = texts.get(item.key());
                    completed.add(text == null ? item.key() : text.in(language));
                }
            }
            boolean unfinished = assignment.items().stream().anyMatch(i -> i.state() == ItemState.OPEN);
            if (unfinished && assignment.dueDate() != null) {
                DueItem due = new DueItem(assignment.title(language), dayIn(assignment.dueDate(), zone));
                (assignment.dueDate().isBefore(today) ? overdue : open).add(due);
            }
        }
        List<UpcomingSession> upcoming = new ArrayList<>();
        SessionFact latestSummary = null;
        for (SessionFact session : facts.sessions()) {
            for (ActionFact action : session.actions()) {
                if (action.doneAt() != null) {
                    if (action.doneAt().isAfter(since)) {
                        completed.add(action.description());
                    }
                } else if (action.dueDate() != null) {
                    DueItem due = new DueItem(action.description(), dayIn(action.dueDate(), zone));
                    (action.dueDate().isBefore(today) ? overdue : open).add(due);
                }
            }
            if (session.status() == SessionStatus.SCHEDULED && !session.startsAt().isBefore(now)
                    && session.startsAt().isBefore(now.plus(UPCOMING))) {
                upcoming.add(new UpcomingSession(session.startsAt(),
                        (int) Duration.between(session.startsAt(), session.endsAt()).toMinutes(),
                        session.consultantName(), session.location()));
            }
            if (session.status() == SessionStatus.COMPLETED && session.sharedSummary() != null
                    && !session.sharedSummary().isBlank() && session.updatedAt().isAfter(since)
                    && (latestSummary == null || session.startsAt().isAfter(latestSummary.startsAt()))) {
                latestSummary = session;
            }
        }
        List<ApplicationMove> moved = new ArrayList<>();
        List<UpcomingInterview> interviews = new ArrayList<>();
        for (ApplicationFact application : facts.applications()) {
            if (application.stageChangedAt().isAfter(since)) {
                moved.add(new ApplicationMove(application.company(), application.position(),
                        application.stage().name()));
            }
            for (InterviewFact interview : application.interviews()) {
                if (!interview.startsAt().isBefore(now) && interview.startsAt().isBefore(now.plus(UPCOMING))) {
                    interviews.add(new UpcomingInterview(interview.startsAt(), interview.round(),
                            application.company(), interview.format().name()));
                }
            }
        }
        interviews.sort(Comparator.comparing(UpcomingInterview::start));
        upcoming.sort(Comparator.comparing(UpcomingSession::start));
        open.sort(Comparator.comparing(DueItem::due));
        overdue.sort(Comparator.comparing(DueItem::due));

        boolean nothingChanged = readinessLines.stream().noneMatch(RoleProgress::moved) && completed.isEmpty()
                && newGuides.isEmpty() && latestSummary == null && moved.isEmpty();
        return new WeeklyDigestMail(since, now, readinessLines, newGuides, completed, open, overdue, upcoming,
                latestSummary == null ? null : latestSummary.sharedSummary().strip(),
                latestSummary == null ? null : latestSummary.consultantName(),
                latestSummary == null ? null : latestSummary.startsAt(),
                nothingChanged, portalLink(), moved, interviews);
    }

    /** Noon of the day in the reader's zone: {@code fmt.date} then shows that very day. */
    private static Instant dayIn(LocalDate date, ZoneId zone) {
        return date.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    URI portalLink() {
        return settings.link("/portal");
    }

}
