package com.careerbridge.crm.candidate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.auditlog.AuditAction;
import com.careerbridge.crm.auditlog.AuditDetails;
import com.careerbridge.crm.auditlog.AuditDetails.Key;
import com.careerbridge.crm.auditlog.AuditSubject;
import com.careerbridge.crm.auditlog.SecurityAudit;
import com.careerbridge.crm.candidate.CandidateEvents.CandidateCreated;
import com.careerbridge.crm.candidate.CandidateEvents.CandidateProfileChanged;
import com.careerbridge.crm.candidate.CandidateEvents.ConsultantChanged;
import com.careerbridge.crm.candidate.CandidateEvents.EmailPreferencesChanged;
import com.careerbridge.crm.candidate.CandidateEvents.PipelineStatusChanged;
import com.careerbridge.crm.candidate.CandidateEvents.StaffNotesChanged;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.ForOtherFeatures;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates: create, edit, move through the pipeline, hand to another consultant, list. Permissions are decided here
 * (through {@link CandidateAccess}), so the web UI and the API cannot disagree.
 */
@Service
@Transactional
public class CandidateService {

    public static final int MAX_PAGE_SIZE = 500;

    private final CandidateRepository candidates;
    private final CandidateStatusChangeRepository statusChanges;
    private final CandidateAccess access;
    private final CandidateSearch search;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final SecurityAudit audit;
    private final Clock clock;

    CandidateService(CandidateRepository candidates, CandidateStatusChangeRepository statusChanges, CandidateAccess access,
                     CandidateSearch search, AccountService accounts, ApplicationEventPublisher events,
                     SecurityAudit audit, Clock clock) {
        this.candidates = candidates;
        this.statusChanges = statusChanges;
        this.access = access;
        this.search = search;
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a candidate as a lead. A consultant's new candidate joins their own caseload; an admin chooses the
     * consultant (or none yet).
     */
    public Candidate create(CandidateForm form, Long consultantId) {
        Actor actor = requireStaff();
        CandidateProfile profile = form.validate();
        Long owner = actor.isConsultant() ? Long.valueOf(actor.userId()) : consultantId;
        if (owner != null) {
            requireActiveConsultant(owner);
        }
        if (candidates.existsByEmail(profile.email().value())) {
            throw new InvalidValueException("email", "taken");
        }
        Candidate candidate = candidates.save(new Candidate(profile, owner, clock.instant()));
        statusChanges.save(new CandidateStatusChange(candidate.getId(), null, PipelineStatus.LEAD, actor.authorId(), clock.instant()));
        events.publishEvent(new CandidateCreated(candidate.getId(), actor.authorId()));
        return candidate;
    }

    /** Replaces the descriptive data, if nobody else saved in between ({@code expectedVersion}). */
    public Candidate update(long candidateId, long expectedVersion, CandidateForm form) {
        Candidate candidate = access.managedForChange(candidateId);
        Versions.require(candidate, expectedVersion);
        CandidateProfile profile = form.validate();
        if (!profile.email().equals(candidate.getEmail()) && candidates.existsByEmail(profile.email().value())) {
            throw new InvalidValueException("email", "taken");
        }
        candidate.applyProfile(profile, clock.instant());
        events.publishEvent(new CandidateProfileChanged(candidateId, access.actor().authorId()));
        return candidate;
    }

    public Candidate changeStatus(long candidateId, long expectedVersion, PipelineStatus target) {
        Candidate candidate = access.managedForChange(candidateId);
        Versions.require(candidate, expectedVersion);
        Objects.requireNonNull(target, "target");
        PipelineStatus previous = candidate.moveTo(target, clock.instant());
        Long actorId = access.actor().authorId();
        statusChanges.save(new CandidateStatusChange(candidateId, previous, target, actorId, clock.instant()));
        events.publishEvent(new PipelineStatusChanged(candidateId, actorId, previous, target));
        return candidate;
    }

    /** Hands a candidate to another consultant. Admins only: consultants cannot give away or take candidates. */
    public Candidate reassign(long candidateId, long expectedVersion, Long consultantId) {
        Actor actor = requireAdmin();
        Candidate candidate = access.visibleForChange(candidateId);
        Versions.require(candidate, expectedVersion);
        if (consultantId != null) {
            requireActiveConsultant(consultantId);
        }
        Long previous = candidate.getConsultantId();
        candidate.assignConsultant(consultantId, clock.instant());
        events.publishEvent(new ConsultantChanged(candidateId, actor.authorId(), previous, consultantId));
        audit.record(AuditAction.CONSULTANT_CHANGED, AuditSubject.CANDIDATE, candidateId,
                AuditDetails.of(Key.FROM_CONSULTANT, previous).with(Key.TO_CONSULTANT, consultantId));
        return candidate;
    }

    /** Moves a whole caseload from one consultant to another (a consultant leaves or goes on leave). */
    public int reassignCaseload(long fromConsultantId, long toConsultantId) {
        Actor actor = requireAdmin();
        requireActiveConsultant(toConsultantId);
        List<Long> ids = candidates.findIdsByConsultantId(fromConsultantId);
        for (Long id : ids) {
            Candidate candidate = candidates.findById(id).orElseThrow();
            candidate.assignConsultant(toConsultantId, clock.instant());
            events.publishEvent(new ConsultantChanged(id, actor.authorId(), fromConsultantId, toConsultantId));
            audit.record(AuditAction.CONSULTANT_CHANGED, AuditSubject.CANDIDATE, id,
                    AuditDetails.of(Key.FROM_CONSULTANT, fromConsultantId).with(Key.TO_CONSULTANT, toConsultantId));
        }
        audit.record(AuditAction.CASELOAD_REASSIGNED, AuditSubject.ACCOUNT, fromConsultantId,
                AuditDetails.of(Key.TO_CONSULTANT, toConsultantId).with(Key.COUNT, ids.size()));
        return ids.size();
    }

    /** Gives a candidate a portal login (role CANDIDATE), linked to their record. */
    public UserAccount createLogin(long candidateId, String temporaryPassword) {
        Candidate candidate = access.managed(candidateId);
        if (candidate.getUserId() != null) {
            throw new ConflictException("conflict.login-exists");
        }
        UserAccount login = accounts.createWithTemporaryPassword(candidate.getEmail(), candidate.getFullName(),
                Role.CANDIDATE, candidate.getPreferredLanguage().locale(), temporaryPassword);
        candidate.linkLogin(login.getId(), clock.instant());
        return login;
    }

    /** Progress e-mail preferences: staff for their candidates, a candidate for themselves. */
    public Candidate changeEmailPreferences(long candidateId, long expectedVersion, boolean enabled,
                                            DayOfWeek dayOfWeek, LocalTime localTime) {
        Candidate candidate = access.visibleForChange(candidateId);
        Versions.require(candidate, expectedVersion);
        if (dayOfWeek == null) {
            throw new InvalidValueException("digestDayOfWeek", "required");
        }
        if (localTime == null) {
            throw new InvalidValueException("digestLocalTime", "required");
        }
        candidate.changeEmailPreferences(enabled, dayOfWeek, localTime.withSecond(0).withNano(0), clock.instant());
        events.publishEvent(new EmailPreferencesChanged(candidateId, access.actor().authorId(), enabled));
        return candidate;
    }

    /** Turns progress e-mails off without a session, for the signed one-click unsubscribe link. */
    public void unsubscribeFromProgressEmails(long candidateId) {
        candidates.findById(candidateId).ifPresent(candidate -> {
            if (candidate.isProgressEmailsEnabled()) {
                candidate.changeEmailPreferences(false, candidate.getDigestDayOfWeek(), candidate.getDigestLocalTime(),
                        clock.instant());
                events.publishEvent(new EmailPreferencesChanged(candidateId, null, false));
            }
        });
    }

    /**
     * The candidate's language — of their guides, e-mails and screens. It is one setting: the candidate record's and,
     * when they have a login, their account's change together, whoever changes it (the candidate in the portal or
     * the app, or their consultant).
     */
    public Candidate changeLanguage(long candidateId, Language language) {
        Candidate candidate = access.visible(candidateId);
        if (language == null) {
            throw new InvalidValueException("language", "required");
        }
        candidate.changeLanguage(language, clock.instant());
        if (candidate.getUserId() != null) {
            accounts.changeLanguage(candidate.getUserId(), language.code(), null);
        }
        return candidate;
    }

    /**
     * The signed-in person changes their own language, in one transaction: the account's, and for a candidate also
     * their record's (see {@link #changeLanguage(long, Language)}).
     *
     * @param expectedAccountVersion the account version the caller last saw, or {@code null} to overwrite
     */
    public UserAccount changeOwnLanguage(String languageCode, Long expectedAccountVersion) {
        Actor actor = access.actor();
        UserAccount account = accounts.changeLanguage(actor.userId(), languageCode, expectedAccountVersion);
        if (actor.isCandidate()) {
            candidates.findByUserId(actor.userId()).filter(candidate -> !candidate.isErased())
                    .ifPresent(candidate -> candidate.changeLanguage(Language.fromCode(languageCode), clock.instant()));
        }
        return account;
    }

    public Candidate replaceStaffNotes(long candidateId, long expectedVersion, String notes) {
        Candidate candidate = access.managedForChange(candidateId);
        Versions.require(candidate, expectedVersion);
        if (notes != null && notes.length() > Candidate.NOTES_MAX) {
            throw new InvalidValueException("staffNotes", "too-long");
        }
        candidate.replaceStaffNotes(notes, clock.instant());
        events.publishEvent(new StaffNotesChanged(candidateId, access.actor().authorId()));
        return candidate;
    }

    /**
     * For erasing: the candidate whether or not erased already (so that erasing twice is harmless). Admins only;
     * nobody else learns anything, not even whether the id exists.
     */
    @Transactional(readOnly = true)
    public Candidate forErasure(long candidateId) {
        requireAdmin();
        return candidates.findById(candidateId).orElseThrow(CandidateAccess::notFound);
    }

    /**
     * Anonymises the candidate's own record (see {@link Candidate#eraseIdentity}). Admins only; part of the erasure,
     * which first lets every other feature scrub its data.
     */
    public Candidate eraseIdentity(long candidateId) {
        requireAdmin();
        Candidate candidate = candidates.findById(candidateId).orElseThrow(CandidateAccess::notFound);
        candidate.eraseIdentity(clock.instant());
        candidates.flush();
        return candidate;
    }

    /**
     * The whole record. For staff that includes the private staff notes, so handing them out is written to the security
     * audit log here, where no screen or endpoint can forget it.
     */
    @Transactional(readOnly = true)
    public Candidate get(long candidateId) {
        Candidate candidate = access.visible(candidateId);
        Actor actor = access.actor();
        if (actor.isStaff() && !actor.isSystem() && candidate.getStaffNotes() != null
                && !candidate.getStaffNotes().isBlank()) {
            audit.privateNotesRead(candidateId, AuditDetails.of(Key.NOTES, "staff-notes"));
        }
        return candidate;
    }

    /**
     * The record for an answer that leaves the staff notes out (a profile, an overview): the same access rule as
     * {@link #get}, but no notes-read row in the audit log, since nothing private is handed out.
     */
    @Transactional(readOnly = true)
    public Candidate withoutNotes(long candidateId) {
        return access.visible(candidateId);
    }

    /**
     * The names of those of the given candidates the actor may see (the others are left out), for labels in calendars
     * and lists: one query, and — unlike {@link #get} — not a read of the staff notes, so nothing to audit.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> candidateIds) {
        Actor actor = access.actor();
        Map<Long, String> names = new HashMap<>();
        for (Candidate candidate : candidates.findAllById(Set.copyOf(candidateIds))) {
            if (access.canSee(actor, candidate)) {
                names.put(candidate.getId(), candidate.getFullName());
            }
        }
        return names;
    }

    /** The candidate list left the system as a file (e.g. CSV); the export itself reads through {@link #list}. */
    public void recordListExported(String format, long rows) {
        requireStaff();
        audit.record(AuditAction.CANDIDATE_LIST_EXPORTED, null, null,
                AuditDetails.of(Key.ROWS, rows).with(Key.FORMAT, format));
    }

    /** The signed-in candidate's own record. */
    @Transactional(readOnly = true)
    public Candidate mine() {
        return access.self();
    }

    @Transactional(readOnly = true)
    public List<CandidateStatusChange> statusHistory(long candidateId) {
        access.visible(candidateId);
        return statusChanges.findByCandidateIdOrderByChangedAtAscIdAsc(candidateId);
    }

    /** A page of the candidate list: what the actor may see, filtered and sorted in the database. */
    @Transactional(readOnly = true)
    public List<CandidateSummary> list(CandidateFilter filter, CandidateSort sort, int offset, int limit) {
        Actor actor = requireStaff();
        if (offset < 0) {
            throw new InvalidValueException("offset", "out-of-range");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidValueException("limit", "out-of-range");
        }
        return search.page(actor, filter, sort == null ? CandidateSort.byName() : sort, offset, limit);
    }

    /**
     * Delta sync: a page of the candidates in the actor's list that changed at or after {@code changedSince} (their
     * record or a target role's readiness), with the same scope, filter and limits as {@link #list}.
     */
    @Transactional(readOnly = true)
    public List<CandidateSummary> listChangedSince(CandidateFilter filter, java.time.Instant changedSince,
                                                   CandidateSort sort, int offset, int limit) {
        Actor actor = requireStaff();
        if (offset < 0) {
            throw new InvalidValueException("offset", "out-of-range");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidValueException("limit", "out-of-range");
        }
        return search.page(actor, filter, changedSince, sort == null ? CandidateSort.byName() : sort, offset, limit);
    }

    @Transactional(readOnly = true)
    public long countChangedSince(CandidateFilter filter, java.time.Instant changedSince) {
        return search.count(requireStaff(), filter, changedSince);
    }

    @Transactional(readOnly = true)
    public long count(CandidateFilter filter) {
        return search.count(requireStaff(), filter);
    }

    // --- for scheduled mail, which runs as the system and decides nothing about access ---

    /** One page of the candidates who want progress e-mails, in id order after {@code afterId}. */
    @Transactional(readOnly = true)
    public List<Candidate> withProgressEmailsAfter(long afterId, int limit) {
        return candidates.findWithProgressEmailsAfter(afterId, org.springframework.data.domain.Limit.of(limit));
    }

    /** The ids of a consultant's caseload (for scoping lists kept by other features, e.g. the outbox). */
    @Transactional(readOnly = true)
    public List<Long> caseloadIds(long consultantId) {
        return candidates.findIdsByConsultantId(consultantId);
    }

    /** The user accounts (portal logins) of a consultant's caseload, for the same purpose. */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public List<Long> caseloadLoginIds(long consultantId) {
        return candidates.findLoginIdsByConsultantId(consultantId);
    }

    /** The candidate whose portal login a user account is, without an access check (callers decide with it). */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public java.util.Optional<Long> candidateOfLogin(long userId) {
        return candidates.findIdByUserId(userId);
    }

    /** Candidates by id in one statement, without an access check (callers have decided). */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public List<Candidate> byIdsUnchecked(java.util.Collection<Long> candidateIds) {
        return candidateIds.isEmpty() ? List.of() : candidates.findAllById(candidateIds);
    }

    private Actor requireStaff() {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            audit.denied(null, null, "staff-only");
            throw new ForbiddenException("staff-only");
        }
        return actor;
    }

    private Actor requireAdmin() {
        Actor actor = access.actor();
        if (!actor.isAdmin()) {
            audit.denied(null, null, "admin-only");
            throw new ForbiddenException("admin-only");
        }
        return actor;
    }

    private void requireActiveConsultant(long userId) {
        UserAccount consultant = accounts.findById(userId)
                .filter(account -> account.getRole() != Role.CANDIDATE && account.isEnabled())
                .orElseThrow(() -> new NotFoundException("consultant"));
        Objects.requireNonNull(consultant);
    }
}
