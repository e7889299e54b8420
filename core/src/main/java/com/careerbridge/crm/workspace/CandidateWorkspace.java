package com.careerbridge.crm.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CandidateStatusChange;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.readiness.ReadinessService;
import com.careerbridge.crm.readiness.ReadinessSnapshot;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.session.ActionItem;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.timeline.ActivityEntry;
import com.careerbridge.crm.timeline.ActivityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultant's page for one candidate, in the records the page shows: the header (who, contact, pipeline with its
 * history, consultant), target roles with readiness and its trend, assigned guides with progress, sessions and action
 * items. Each answer is read in one transaction and a fixed number of statements whatever the candidate's history.
 * <p>
 * Who may use the page is decided once, at the door ({@link CandidateAccess#managed}: staff responsible for the
 * candidate; someone else's candidate or a wrong id is "not found", a candidate is refused), before anything is read;
 * the feature queries behind it ask the same policy again, answered from the transaction's persistence context without
 * another statement. Reading the private notes is audited by {@link CandidateService#get}. The parts can be read on
 * their own, so that a tab refreshes after a change without touching the others (e.g. unsaved notes).
 */
@Service
@Transactional(readOnly = true)
public class CandidateWorkspace {

    /** How many timeline entries the page shows. */
    public static final int TIMELINE_ENTRIES = 100;

    /** The whole page. */
    public record Page(Header header, Roles roles, List<AssignmentOverview> assignments, Sessions sessions) {
    }

    /**
     * Who the candidate is (the record, including the contact, language, tags, staff notes and e-mail settings), the
     * consultant's name ({@code null}: unassigned), the statuses the pipeline may move to, and its history (oldest
     * first).
     */
    public record Header(Candidate candidate, String consultantName, List<PipelineStatus> nextStatuses,
                         List<StatusStep> history) {

        public Header {
            nextStatuses = List.copyOf(nextStatuses);
            history = List.copyOf(history);
        }
    }

    /** One step of the pipeline; {@code from} is null for the first, {@code byName} null when the system made it. */
    public record StatusStep(PipelineStatus from, PipelineStatus to, Instant at, boolean bySystem, String byName) {
    }

    /**
     * The target roles, most important first, each with its guide; the score history per target role id (oldest
     * first); and the guide library to choose a new target role from.
     */
    public record Roles(List<RoleReadiness> roles, Map<Long, List<ReadinessSnapshot>> history, List<GuideSummary> library) {

        public Roles {
            roles = List.copyOf(roles);
            history = Map.copyOf(history);
            library = List.copyOf(library);
        }

        public List<ReadinessSnapshot> historyOf(TargetRole role) {
            return history.getOrDefault(role.getId(), List.of());
        }

        public GuideSummary guide(long guideId) {
            return library.stream().filter(guide -> guide.guideId() == guideId).findFirst().orElse(null);
        }
    }

    /** A target role with the guide it aims at ({@code null} if the guide is gone) and its readiness score. */
    public record RoleReadiness(TargetRole role, GuideSummary guide) {

        public String title(Language language) {
            return guide == null ? "—" : guide.title(language);
        }

        public int readiness() {
            return role.getReadiness();
        }
    }

    /**
     * The sessions as of {@code asOf}: upcoming (scheduled, not yet over; soonest first), past (the others, newest
     * first), and every action item with its session (open before done, then by due date, undated last).
     */
    public record Sessions(Instant asOf, List<CoachingSession> upcoming, List<CoachingSession> past,
                           List<SessionItem> actionItems) {

        public Sessions {
            upcoming = List.copyOf(upcoming);
            past = List.copyOf(past);
            actionItems = List.copyOf(actionItems);
        }
    }

    /** An action item and the session it came from. */
    public record SessionItem(CoachingSession session, ActionItem item) {
    }

    private final CandidateAccess access;
    private final CandidateService candidates;
    private final AccountService accounts;
    private final RoleGuideService guides;
    private final TargetRoleService targetRoles;
    private final ReadinessService readiness;
    private final AssignmentService assignments;
    private final SessionService sessions;
    private final ActivityService activities;
    private final Clock clock;

    CandidateWorkspace(CandidateAccess access, CandidateService candidates, AccountService accounts, RoleGuideService guides,
                       TargetRoleService targetRoles, ReadinessService readiness,
                       AssignmentService assignments, SessionService sessions, ActivityService activities, Clock clock) {
        this.access = access;
        this.candidates = candidates;
        this.accounts = accounts;
        this.guides = guides;
        this.targetRoles = targetRoles;
        this.readiness = readiness;
        this.assignments = assignments;
        this.sessions = sessions;
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * The whole page; {@link com.careerbridge.crm.shared.NotFoundException} for a candidate the caller may not see,
     * {@link com.careerbridge.crm.shared.ForbiddenException} for anyone but staff.
     */
    public Page page(long candidateId) {
        access.managed(candidateId);
        return new Page(readHeader(candidateId), readRoles(candidateId), readAssignments(candidateId),
                readSessions(candidateId));
    }

    public Header header(long candidateId) {
        access.managed(candidateId);
        return readHeader(candidateId);
    }

    public Roles roles(long candidateId) {
        access.managed(candidateId);
        return readRoles(candidateId);
    }

    /** The assigned guides with progress, newest first. */
    public List<AssignmentOverview> assignments(long candidateId) {
        access.managed(candidateId);
        return readAssignments(candidateId);
    }

    public Sessions sessions(long candidateId) {
        access.managed(candidateId);
        return readSessions(candidateId);
    }

    /** The newest entries of the activity timeline, newest first: its own query, refreshed after every change. */
    public List<ActivityEntry> timeline(long candidateId) {
        access.managed(candidateId);
        return activities.timeline(candidateId, TIMELINE_ENTRIES);
    }

    private Header readHeader(long candidateId) {
        Candidate candidate = candidates.get(candidateId);
        List<CandidateStatusChange> changes = candidates.statusHistory(candidateId);
        Set<Long> people = new HashSet<>();
        if (candidate.getConsultantId() != null) {
            people.add(candidate.getConsultantId());
        }
        changes.stream().map(CandidateStatusChange::getChangedBy).filter(Objects::nonNull).forEach(people::add);
        Map<Long, String> names = accounts.displayNames(people);
        String consultant = candidate.getConsultantId() == null ? null
                : names.getOrDefault(candidate.getConsultantId(), "—");
        List<PipelineStatus> next = Arrays.stream(PipelineStatus.values())
                .filter(candidate.getPipelineStatus()::canMoveTo).toList();
        List<StatusStep> history = changes.stream()
                .map(change -> new StatusStep(change.getFromStatus(), change.getToStatus(), change.getChangedAt(),
                        change.getChangedBy() == null,
                        change.getChangedBy() == null ? null : names.getOrDefault(change.getChangedBy(), "—")))
                .toList();
        return new Header(candidate, consultant, next, history);
    }

    private Roles readRoles(long candidateId) {
        List<TargetRole> found = targetRoles.forCandidate(candidateId);
        List<GuideSummary> library = guides.library();
        Map<Long, GuideSummary> byId = library.stream()
                .collect(Collectors.toMap(GuideSummary::guideId, Function.identity()));
        List<RoleReadiness> roles = found.stream().map(role -> new RoleReadiness(role, byId.get(role.getGuideId()))).toList();
        Map<Long, List<ReadinessSnapshot>> history = found.isEmpty() ? Map.of() : readiness.history(candidateId);
        return new Roles(roles, history, library);
    }

    private List<AssignmentOverview> readAssignments(long candidateId) {
        return assignments.forCandidate(candidateId);
    }

    private Sessions readSessions(long candidateId) {
        List<CoachingSession> all = sessions.forCandidate(candidateId);
        Instant now = clock.instant();
        List<CoachingSession> upcoming = all.stream()
                .filter(s -> s.getStatus() == SessionStatus.SCHEDULED && s.getEndsAt().isAfter(now))
                .sorted(Comparator.comparing(CoachingSession::getStartsAt)).toList();
        List<CoachingSession> past = all.stream().filter(s -> !upcoming.contains(s))
                .sorted(Comparator.comparing(CoachingSession::getStartsAt).reversed()).toList();
        List<SessionItem> items = new ArrayList<>();
        all.forEach(s -> s.getActionItems().forEach(item -> items.add(new SessionItem(s, item))));
        items.sort(Comparator.comparing((SessionItem e) -> e.item().isDone())
                .thenComparing(e -> e.item().getDueDate(), Comparator.nullsLast(Comparator.naturalOrder())));
        return new Sessions(now, upcoming, past, items);
    }
}
