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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.assignment.Assignment;
import com.careerbridge.crm.assignment.AssignmentItem;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.assignment.ItemState;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.notification.MailSettings;
import com.careerbridge.crm.notification.WeeklyDigestMail;
import com.careerbridge.crm.notification.WeeklyDigestMail.DueItem;
import com.careerbridge.crm.notification.WeeklyDigestMail.RoleProgress;
import com.careerbridge.crm.notification.WeeklyDigestMail.UpcomingSession;
import com.careerbridge.crm.readiness.ReadinessService;
import com.careerbridge.crm.roleguide.GuideContent;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.roleguide.RoleGuideVersion;
import com.careerbridge.crm.session.ActionItem;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the digests of a batch of candidates from the domain, with a fixed number of statements for the batch
 * (assignments, guide versions, sessions, target roles, guide titles, consultant names) plus one readiness look-up per
 * candidate (each candidate has their own "since"). Call inside a transaction, as the system or staff.
 */
@Component
class DigestBuilder {

    static final Duration FIRST_DIGEST_LOOKBACK = Duration.ofDays(7);
    static final Duration UPCOMING = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(DigestBuilder.class);

    private final AssignmentService assignments;
    private final SessionService sessions;
    private final TargetRoleService targetRoles;
    private final ReadinessService readiness;
    private final RoleGuideService guides;
    private final AccountService accounts;
    private final MailSettings settings;

    DigestBuilder(AssignmentService assignments, SessionService sessions, TargetRoleService targetRoles,
                  ReadinessService readiness, RoleGuideService guides, AccountService accounts, MailSettings settings) {
        this.assignments = assignments;
        this.sessions = sessions;
        this.targetRoles = targetRoles;
        this.readiness = readiness;
        this.guides = guides;
        this.accounts = accounts;
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
        Set<Long> ids = candidates.stream().map(Candidate::getId).collect(Collectors.toSet());
        Map<Long, List<Assignment>> assignmentsByCandidate = assignments.withItemsForCandidates(ids).stream()
                .collect(Collectors.groupingBy(Assignment::getCandidateId));
        Map<Long, RoleGuideVersion> versions = guides.versionsById(assignmentsByCandidate.values().stream()
                .flatMap(List::stream).map(Assignment::getGuideVersionId).collect(Collectors.toSet()));
        Map<Long, List<CoachingSession>> sessionsByCandidate = sessions.withItemsForCandidates(ids).stream()
                .collect(Collectors.groupingBy(CoachingSession::getCandidateId));
        Map<Long, List<TargetRole>> rolesByCandidate = targetRoles.allForCandidates(ids).stream()
                .collect(Collectors.groupingBy(TargetRole::getCandidateId));
        Map<Long, GuideSummary> guideTitles = rolesByCandidate.isEmpty() ? Map.of()
                : SystemWork.call(guides::library).stream()
                        .collect(Collectors.toMap(GuideSummary::guideId, Function.identity()));
        Set<Long> consultantIds = new HashSet<>();
        sessionsByCandidate.values().forEach(list -> list.forEach(s -> consultantIds.add(s.getConsultantId())));
        Map<Long, String> consultantNames = accounts.displayNames(consultantIds);

        Map<Long, WeeklyDigestMail> digests = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            try {
                Instant from = since.getOrDefault(candidate.getId(), now.minus(FIRST_DIGEST_LOOKBACK));
                digests.put(candidate.getId(), digestOf(candidate, from, now,
                        assignmentsByCandidate.getOrDefault(candidate.getId(), List.of()), versions,
                        sessionsByCandidate.getOrDefault(candidate.getId(), List.of()),
                        rolesByCandidate.getOrDefault(candidate.getId(), List.of()), guideTitles, consultantNames));
            } catch (RuntimeException e) {
                log.warn("Digest of candidate {} could not be built; the others go on", candidate.getId(), e);
            }
        }
        return digests;
    }

    private WeeklyDigestMail digestOf(Candidate candidate, Instant since, Instant now, List<Assignment> assigned,
                                      Map<Long, RoleGuideVersion> versions, List<CoachingSession> sessionList,
                                      List<TargetRole> roles, Map<Long, GuideSummary> guideTitles,
                                      Map<Long, String> consultantNames) {
        Language language = candidate.getPreferredLanguage();
        ZoneId zone = candidate.getTimeZone();
        LocalDate today = now.atZone(zone).toLocalDate();

        List<TargetRole> sortedRoles = roles.stream()
                .sorted(Comparator.comparingInt(TargetRole::getPriority).thenComparing(TargetRole::getId)).toList();
        Map<Long, Integer> before = sortedRoles.isEmpty() ? Map.of()
                : readiness.scoresAt(sortedRoles.stream().map(TargetRole::getId).toList(), since);
        List<RoleProgress> readinessLines = sortedRoles.stream()
                .map(role -> new RoleProgress(titleOf(guideTitles.get(role.getGuideId()), language),
                        before.get(role.getId()), role.getReadiness()))
                .toList();

        List<String> newGuides = new ArrayList<>();
        List<String> completed = new ArrayList<>();
        List<DueItem> open = new ArrayList<>();
        List<DueItem> overdue = new ArrayList<>();
        for (Assignment assignment : assigned.stream().sorted(Comparator.comparing(Assignment::getId)).toList()) {
            RoleGuideVersion version = versions.get(assignment.getGuideVersionId());
            if (assignment.getAssignedAt().isAfter(since)) {
                newGuides.add(version.getContent().title().in(language));
            }
            Map<String, GuideContent.ChecklistItem> texts = version.getContent().checklist().stream()
                    .collect(Collectors.toMap(GuideContent.ChecklistItem::key, Function.identity(), (a, b) -> a));
            for (AssignmentItem item : assignment.getItems()) {
                if (item.getState() != ItemState.OPEN && item.getDoneAt() != null && item.getDoneAt().isAfter(since)) {
                    GuideContent.ChecklistItem text = texts.get(item.getItemKey());
                    completed.add(text == null ? item.getItemKey() : text.text().in(language));
                }
            }
            boolean unfinished = assignment.getItems().stream().anyMatch(i -> i.getState() == ItemState.OPEN);
            if (unfinished && assignment.getDueDate() != null) {
                DueItem due = new DueItem(version.getContent().title().in(language), dayIn(assignment.getDueDate(), zone));
                (assignment.getDueDate().isBefore(today) ? overdue : open).add(due);
            }
        }
        List<UpcomingSession> upcoming = new ArrayList<>();
        CoachingSession latestSummary = null;
        for (CoachingSession session : sessionList) {
            for (ActionItem action : session.getActionItems()) {
                if (action.isDone()) {
                    if (action.getDoneAt() != null && action.getDoneAt().isAfter(since)) {
                        completed.add(action.getDescription());
                    }
                } else if (action.getDueDate() != null) {
                    DueItem due = new DueItem(action.getDescription(), dayIn(action.getDueDate(), zone));
                    (action.getDueDate().isBefore(today) ? overdue : open).add(due);
                }
            }
            if (session.getStatus() == SessionStatus.SCHEDULED && !session.getStartsAt().isBefore(now)
                    && session.getStartsAt().isBefore(now.plus(UPCOMING))) {
                upcoming.add(new UpcomingSession(session.getStartsAt(),
                        (int) Duration.between(session.getStartsAt(), session.getEndsAt()).toMinutes(),
                        consultantNames.getOrDefault(session.getConsultantId(), ""), session.getLocation()));
            }
            if (session.getStatus() == SessionStatus.COMPLETED && session.getSharedSummary() != null
                    && !session.getSharedSummary().isBlank() && session.getUpdatedAt().isAfter(since)
                    && (latestSummary == null || session.getStartsAt().isAfter(latestSummary.getStartsAt()))) {
                latestSummary = session;
            }
        }
        upcoming.sort(Comparator.comparing(UpcomingSession::start));
        open.sort(Comparator.comparing(DueItem::due));
        overdue.sort(Comparator.comparing(DueItem::due));

        boolean nothingChanged = readinessLines.stream().noneMatch(RoleProgress::moved) && completed.isEmpty()
                && newGuides.isEmpty() && latestSummary == null;
        return new WeeklyDigestMail(since, now, readinessLines, newGuides, completed, open, overdue, upcoming,
                latestSummary == null ? null : latestSummary.getSharedSummary().strip(),
                latestSummary == null ? null : consultantNames.getOrDefault(latestSummary.getConsultantId(), ""),
                latestSummary == null ? null : latestSummary.getStartsAt(),
                nothingChanged, portalLink());
    }

    private static String titleOf(GuideSummary guide, Language language) {
        return guide == null ? "?" : guide.title(language);
    }

    /** Noon of the day in the reader's zone: {@code fmt.date} then shows that very day. */
    private static Instant dayIn(LocalDate date, ZoneId zone) {
        return date.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    URI portalLink() {
        String base = settings.baseUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/portal");
    }

}
