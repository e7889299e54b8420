package com.careerbridge.crm.targetrole;

import java.time.Clock;
import java.util.List;

import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.shared.ForOtherFeatures;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.Versions;
import com.careerbridge.crm.targetrole.TargetRoleEvents.TargetRoleAdded;
import com.careerbridge.crm.targetrole.TargetRoleEvents.TargetRoleChanged;
import com.careerbridge.crm.targetrole.TargetRoleEvents.TargetRoleRemoved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The roles candidates aim at. Staff manage them; candidates see their own. */
@Service
@Transactional
public class TargetRoleService {

    private final TargetRoleRepository targetRoles;
    private final CandidateAccess access;
    private final RoleGuideService guides;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TargetRoleService(TargetRoleRepository targetRoles, CandidateAccess access, RoleGuideService guides,
                      ApplicationEventPublisher events, Clock clock) {
        this.targetRoles = targetRoles;
        this.access = access;
        this.guides = guides;
        this.events = events;
        this.clock = clock;
    }

    public TargetRole add(long candidateId, long guideId, TargetRoleForm form) {
        Candidate candidate = access.managed(candidateId);
        List<String> companies = form.validatedCompanies();
        if (guides.guidesById(List.of(guideId)).isEmpty()) {
            throw new InvalidValueException("guideId", "unknown-guide");
        }
        if (targetRoles.existsByCandidateIdAndGuideId(candidate.getId(), guideId)) {
            throw new InvalidValueException("guideId", "already-targeted");
        }
        TargetRole role = targetRoles.save(new TargetRole(candidate.getId(), guideId, form.priority(), companies,
                form.status(), clock.instant()));
        events.publishEvent(new TargetRoleAdded(candidateId, access.actor().authorId(), role.getId(), guideId));
        return role;
    }

    public TargetRole update(long targetRoleId, long expectedVersion, TargetRoleForm form) {
        TargetRole role = managed(targetRoleId);
        Versions.require(role, expectedVersion);
        List<String> companies = form.validatedCompanies();
        TargetRoleStatus previous = role.getStatus();
        role.change(form.priority(), companies, form.status(), clock.instant());
        if (previous != form.status()) {
            events.publishEvent(new TargetRoleChanged(role.getCandidateId(), access.actor().authorId(), role.getId(), form.status()));
        }
        return role;
    }

    public void remove(long targetRoleId, long expectedVersion) {
        TargetRole role = managed(targetRoleId);
        Versions.require(role, expectedVersion);
        targetRoles.delete(role);
        events.publishEvent(new TargetRoleRemoved(role.getCandidateId(), access.actor().authorId(), role.getId()));
    }

    /** A candidate's target roles, most important first. */
    @Transactional(readOnly = true)
    public List<TargetRole> forCandidate(long candidateId) {
        access.visible(candidateId);
        return targetRoles.findByCandidateIdOrderByPriorityAscIdAsc(candidateId);
    }

    /** A candidate's target roles, most important first, each with its guide's title: the one way to name them. */
    @Transactional(readOnly = true)
    public List<TitledTargetRole> forCandidateWithTitles(long candidateId) {
        access.visible(candidateId);
        return targetRoles.findTitledByCandidateId(candidateId).stream()
                .map(row -> new TitledTargetRole((TargetRole) row[0], titleOf(row[1], row[2])))
                .toList();
    }

    /** The title of a guide's newest published version as read beside a role; {@code null} while none is published. */
    private static LocalizedText titleOf(Object titleKo, Object titleEn) {
        return titleKo == null && titleEn == null ? null : LocalizedText.of((String) titleKo, (String) titleEn);
    }

    /** One target role with its guide's title; "not found" outside the caller's sight. */
    @Transactional(readOnly = true)
    public TitledTargetRole getWithTitle(long targetRoleId) {
        // the role, its candidate and its title in one statement; the door then finds them already read (#19)
        List<Object[]> rows = targetRoles.findTitledWithCandidate(targetRoleId);
        TargetRole role = get(targetRoleId);
        Object[] row = rows.getFirst();
        return new TitledTargetRole(role, titleOf(row[2], row[3]));
    }

    @Transactional(readOnly = true)
    public TargetRole get(long targetRoleId) {
        TargetRole role = targetRoles.findById(targetRoleId).orElseThrow(TargetRoleService::notFound);
        access.visible(role.getCandidateId());
        return role;
    }

    // --- for the readiness computation, which runs inside a change the caller was allowed to make ---

    /** The target role of a candidate for a guide, without an access check (callers have done it). */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public java.util.Optional<TargetRole> findForReadiness(long candidateId, long guideId) {
        return targetRoles.findByCandidateIdAndGuideId(candidateId, guideId);
    }

    @Transactional(readOnly = true)
    @ForOtherFeatures
    public List<TargetRole> allForReadiness(long candidateId) {
        return targetRoles.findByCandidateIdOrderByPriorityAscIdAsc(candidateId);
    }

    private TargetRole managed(long targetRoleId) {
        TargetRole role = targetRoles.findById(targetRoleId).orElseThrow(TargetRoleService::notFound);
        access.managed(role.getCandidateId());
        return role;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("target-role");
    }
}
