package com.careerbridge.crm.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import com.careerbridge.crm.application.ApplicationEvents.ApplicationAdded;
import com.careerbridge.crm.application.ApplicationEvents.ApplicationMoved;
import com.careerbridge.crm.application.ApplicationEvents.ApplicationUpdated;
import com.careerbridge.crm.application.ApplicationEvents.OfferAccepted;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.Versions;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's job applications, for the candidate themselves and the staff responsible for them (others: "not
 * found"): one door for the portal, the consultant's screens and both APIs. Every command is one transaction; every
 * stage (the first one too) is recorded with the candidate's readiness for the target role at that moment.
 */
@Service
@Transactional
public class JobApplications {

    private final JobApplicationRepository applications;
    private final StageChangeRepository stageChanges;
    private final CandidateAccess access;
    private final TargetRoleService targetRoles;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CandidateService candidates;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    JobApplications(JobApplicationRepository applications, StageChangeRepository stageChanges, CandidateAccess access,
                    TargetRoleService targetRoles, ApplicationEventPublisher events, Clock clock,
                    CandidateService candidates) {
        this.candidates = candidates;
        this.applications = applications;
        this.stageChanges = stageChanges;
        this.access = access;
        this.targetRoles = targetRoles;
        this.events = events;
        this.clock = clock;
    }

    /** An application with its stages, oldest first. */
    public record ApplicationWithHistory(JobApplication application, List<StageChange> history) {
    }

    /**
     * Records an application for one of the candidate's target roles, in {@code stage} (SAVED for a posting to
     * consider, APPLIED once sent).
     */
    public JobApplication create(long candidateId, long targetRoleId, ApplicationStage stage, ApplicationForm form) {
        Candidate candidate = access.visible(candidateId);
        if (stage != ApplicationStage.SAVED && stage != ApplicationStage.APPLIED) {
            throw new InvalidValueException("stage", "invalid");
        }
        form.validate();
        TargetRole role = targetRoleOf(candidate.getId(), targetRoleId);
        Instant now = clock.instant();
        Long actorId = access.actor().authorId();
        JobApplication application = new JobApplication(candidate.getId(), role.getId(), role.getGuideId(), form,
                stage, actorId, now);
        applications.save(application);
        stageChanges.save(new StageChange(application.getId(), stage, now, actorId, role.getReadiness()));
        events.publishEvent(new ApplicationAdded(candidate.getId(), actorId, application.getId(), stage));
        return application;
    }

    /** The signed-in candidate records one of their own applications (staff: {@link #create}). */
    public JobApplication createMine(long targetRoleId, ApplicationStage stage, ApplicationForm form) {
        return create(access.self().getId(), targetRoleId, stage, form);
    }

    /** The signed-in candidate's own applications (staff are refused: they ask by candidate). */
    @Transactional(readOnly = true)
    public List<ApplicationWithHistory> mine() {
        return ofCandidate(access.self().getId());
    }

    /** Changes what is known about the posting (not its stage: that is {@link #move}). */
    public JobApplication update(long applicationId, long expectedVersion, ApplicationForm form) {
        JobApplication application = visible(applicationId);
        Versions.require(application, expectedVersion);
        form.validate();
        application.describe(form, clock.instant());
        events.publishEvent(new ApplicationUpdated(application.getCandidateId(), access.actor().authorId(),
                application.getId()));
        return application;
    }

    /** Moves an application on; a move the flow does not allow is refused with the moves that are allowed. */
    public JobApplication move(long applicationId, long expectedVersion, ApplicationStage to) {
        JobApplication application = visible(applicationId);
        Versions.require(application, expectedVersion);
        advance(application, to);
        return application;
    }

    /** The move itself, for {@link #move} and for an interview that starts the interviewing stage. */
    void advance(JobApplication application, ApplicationStage to) {
        ApplicationStage from = application.getStage();
        Instant now = clock.instant();
        application.moveTo(to, now);
        Long actorId = access.actor().authorId();
        stageChanges.save(new StageChange(application.getId(), to, now, actorId, readinessNow(application)));
        events.publishEvent(new ApplicationMoved(application.getCandidateId(), actorId, application.getId(), from, to));
        if (to == ApplicationStage.ACCEPTED) {
            events.publishEvent(new OfferAccepted(application.getCandidateId(), actorId, application.getId()));
        }
    }

    /** A candidate's applications, most recently moved first, each with its stages. */
    @Transactional(readOnly = true)
    public List<ApplicationWithHistory> ofCandidate(long candidateId) {
        access.visible(candidateId);
        // one statement: every application has at least its first stage, so the join leaves none out
        Map<JobApplication, List<StageChange>> found = new LinkedHashMap<>();
        for (Object[] row : applications.findWithHistoryByCandidateId(candidateId)) {
            found.computeIfAbsent((JobApplication) row[0], a -> new java.util.ArrayList<>()).add((StageChange) row[1]);
        }
        return found.entrySet().stream()
                .map(entry -> new ApplicationWithHistory(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }

    /**
     * One application with its stages: the application, its candidate and its stages in one statement, the door then
     * finds them already read (#19).
     */
    @Transactional(readOnly = true)
    public ApplicationWithHistory get(long applicationId) {
        List<Object[]> rows = stageChanges.findWithCandidateAndHistory(applicationId);
        JobApplication application = visible(applicationId);
        return new ApplicationWithHistory(application, rows.stream().map(row -> (StageChange) row[2])
                .filter(java.util.Objects::nonNull).toList());
    }

    /** An accepted offer of a candidate whose pipeline does not say "placed" yet: their consultant confirms it. */
    public record PlacementToConfirm(long candidateId, long candidateVersion, long applicationId, String company,
                                     String positionTitle) {
    }

    /**
     * Whether the candidate accepted an offer that the pipeline does not show yet (staff only: the consultant
     * confirms, since an accepted offer can still fall through before the start date).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<PlacementToConfirm> placementToConfirm(long candidateId) {
        Candidate candidate = access.managed(candidateId);
        PipelineStatus status = candidate.getPipelineStatus();
        if (status != PipelineStatus.ACTIVE && status != PipelineStatus.INTERVIEWING) {
            return java.util.Optional.empty();
        }
        return applications.findFirstByCandidateIdAndStageOrderByStageChangedAtDescIdDesc(candidateId,
                        ApplicationStage.ACCEPTED)
                .map(accepted -> new PlacementToConfirm(candidateId, candidate.getVersion(), accepted.getId(),
                        accepted.getCompany(), accepted.getPositionTitle()));
    }

    /**
     * The consultant confirms the placement: the pipeline moves to placed (through interviewing when the candidate
     * was still active, so that the history stays one the pipeline allows). Refused when there is nothing to confirm.
     */
    public Candidate confirmPlacement(long candidateId, long expectedVersion) {
        PlacementToConfirm proposal = placementToConfirm(candidateId)
                .orElseThrow(() -> new ConflictException("conflict.no-placement-to-confirm"));
        Candidate candidate = access.managed(proposal.candidateId()); // the persistence context's: no statement
        Versions.require(candidate, expectedVersion);
        if (candidate.getPipelineStatus() == PipelineStatus.ACTIVE) {
            candidate = candidates.changeStatus(candidateId, candidate.getVersion(), PipelineStatus.INTERVIEWING);
            entityManager.flush(); // the next move checks the version a new request would see
        }
        return candidates.changeStatus(candidateId, candidate.getVersion(), PipelineStatus.PLACED);
    }

    /** The application, if the signed-in user may see it (else "not found", whatever the reason). */
    JobApplication visible(long applicationId) {
        JobApplication application = applications.findById(applicationId).orElseThrow(JobApplications::notFound);
        try {
            access.visible(application.getCandidateId());
        } catch (NotFoundException e) {
            throw notFound();
        }
        return application;
    }

    private TargetRole targetRoleOf(long candidateId, long targetRoleId) {
        try {
            TargetRole role = targetRoles.get(targetRoleId);
            if (role.getCandidateId() == candidateId) {
                return role;
            }
        } catch (NotFoundException e) {
            // another candidate's role, or none: the same answer
        }
        throw new InvalidValueException("targetRoleId", "invalid");
    }

    /** The target role's readiness now; once the role was removed, the last one recorded for the application. */
    private int readinessNow(JobApplication application) {
        if (application.getTargetRoleId() != null) {
            return targetRoles.get(application.getTargetRoleId()).getReadiness();
        }
        List<StageChange> history = stageChanges.findByApplicationIdInOrderByMovedAtAscIdAsc(List.of(application.getId()));
        return history.isEmpty() ? 0 : history.getLast().getReadiness();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("application");
    }
}
