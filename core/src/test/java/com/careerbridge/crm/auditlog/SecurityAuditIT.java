package com.careerbridge.crm.auditlog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.ApiTokenService;
import com.careerbridge.crm.account.InvalidCredentialsException;
import com.careerbridge.crm.account.SecuritySettings;
import com.careerbridge.crm.account.StaffDirectory;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.privacy.CandidateDataExported;
import com.careerbridge.crm.privacy.CandidateErased;
import com.careerbridge.crm.privacy.CandidateErasing;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionOutcome;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoreIntegrationTest
class SecurityAuditIT {

    @Autowired Fixtures fixtures;
    @Autowired CandidateService candidates;
    @Autowired SessionService sessions;
    @Autowired StaffDirectory staff;
    @Autowired AccountService accounts;
    @Autowired SecuritySettings settings;
    @Autowired ApiTokenService tokens;
    @Autowired SecurityAuditLog log;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aConsultantOpeningAnotherConsultantsCandidateLeavesADenialThatOutlivesTheRollback() {
        UserAccount owner = fixtures.consultant("Owner");
        UserAccount other = fixtures.consultant("Other");
        Candidate candidate = fixtures.candidate(owner, "Someone Else's");

        // The refused call runs inside a transaction that rolls back, as a refused request's does.
        assertThatThrownBy(() -> RequestOrigin.runWith(new RequestOrigin("203.0.113.7", "Probe/1.0"), () ->
                new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                        fixtures.as(other, () -> candidates.get(candidate.getId())))))
                .isInstanceOf(NotFoundException.class);

        AuditEntry denial = only(AuditFilter.all().withAction(AuditAction.ACCESS_DENIED).withCandidate(candidate.getId()));
        assertThat(denial.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(denial.actorId()).isEqualTo(other.getId());
        assertThat(denial.actorRole()).isEqualTo("CONSULTANT");
        assertThat(denial.clientAddress()).isEqualTo("203.0.113.7");
        assertThat(denial.userAgent()).isEqualTo("Probe/1.0");
        assertThat(denial.details()).contains("not-in-caseload");
    }

    @Test
    void readingStaffNotesOrSessionNotesIsRecordedButAPlainLookupWithoutNotesIsNot() {
        UserAccount consultant = fixtures.consultant("Reader");
        Candidate candidate = fixtures.candidate(consultant, "Noted");
        fixtures.as(consultant, () -> candidates.get(candidate.getId()));
        assertThat(count(AuditFilter.all().withAction(AuditAction.PRIVATE_NOTES_READ).withCandidate(candidate.getId())))
                .isZero();

        fixtures.as(consultant, () -> candidates.replaceStaffNotes(candidate.getId(),
                candidates.get(candidate.getId()).getVersion(), "prefers mornings"));
        fixtures.as(consultant, () -> candidates.get(candidate.getId()));
        AuditEntry staffNotes = only(AuditFilter.all().withAction(AuditAction.PRIVATE_NOTES_READ)
                .withCandidate(candidate.getId()));
        assertThat(staffNotes.actorId()).isEqualTo(consultant.getId());
        assertThat(staffNotes.details()).contains("staff-notes").doesNotContain("mornings");
        // A name for a label is not a read of the notes; a candidate outside the caseload is left out.
        Candidate elsewhere = fixtures.candidate(fixtures.consultant("Other reader"), "Elsewhere");
        assertThat(fixtures.as(consultant, () -> candidates.names(List.of(candidate.getId(), elsewhere.getId()))))
                .containsExactly(java.util.Map.entry(candidate.getId(), "Noted"));
        assertThat(count(AuditFilter.all().withAction(AuditAction.PRIVATE_NOTES_READ).withCandidate(candidate.getId())))
                .isEqualTo(1);

        LocalDateTime past = LocalDateTime.now().minusDays(3).withHour(10).withMinute(0);
        CoachingSession done = fixtures.as(consultant, () -> {
            CoachingSession scheduled = sessions.schedule(candidate.getId(), Fixtures.plan(past, 60));
            return sessions.complete(scheduled.getId(), scheduled.getVersion(),
                    new SessionOutcome("worried about salary talk", "shared", List.of(), null, null));
        });
        fixtures.as(consultant, () -> sessions.get(done.getId()));
        fixtures.as(consultant, () -> sessions.forCandidate(candidate.getId()));

        List<AuditEntry> reads = log(AuditFilter.all().withAction(AuditAction.PRIVATE_NOTES_READ)
                .withCandidate(candidate.getId()));
        assertThat(reads).hasSize(3);
        assertThat(reads.get(1).details()).contains("session-notes").contains("\"session_id\": " + done.getId());
        assertThat(reads).allSatisfy(entry -> assertThat(entry.details()).doesNotContain("salary"));
    }

    @Test
    void staffChangesAndConsultantChangesAreRecordedWithTheAdminAsActor() {
        UserAccount admin = fixtures.admin();
        UserAccount leaving = fixtures.consultant("Leaving");
        Candidate first = fixtures.candidate(leaving, "First");
        UserAccount taking = fixtures.consultant("Taking");

        StaffDirectory.Invitation invited = fixtures.as(admin, () ->
                staff.inviteConsultant(Fixtures.unique("invited") + "@test.example", "Invited", Locale.ENGLISH));
        fixtures.as(admin, () -> candidates.reassignCaseload(leaving.getId(), taking.getId()));
        fixtures.as(admin, () -> staff.deactivate(leaving.getId()));
        fixtures.as(admin, () -> staff.reactivate(leaving.getId()));

        AuditEntry invitation = only(AuditFilter.all().withAction(AuditAction.ACCOUNT_INVITED).withActor(admin.getId()));
        assertThat(invitation.subjectId()).isEqualTo(invited.account().getId());
        assertThat(invitation.details()).isEqualTo("{\"role\": \"consultant\"}");
        AuditEntry moved = only(AuditFilter.all().withAction(AuditAction.CONSULTANT_CHANGED).withCandidate(first.getId()));
        assertThat(moved.details()).contains("\"from_consultant\": " + leaving.getId())
                .contains("\"to_consultant\": " + taking.getId());
        AuditEntry caseload = only(AuditFilter.all().withAction(AuditAction.CASELOAD_REASSIGNED).withActor(admin.getId()));
        assertThat(caseload.subjectId()).isEqualTo(leaving.getId());
        assertThat(caseload.details()).contains("\"count\": 1");
        assertThat(only(AuditFilter.all().withAction(AuditAction.ACCOUNT_DEACTIVATED).withActor(admin.getId())).subjectId())
                .isEqualTo(leaving.getId());
        assertThat(only(AuditFilter.all().withAction(AuditAction.ACCOUNT_REACTIVATED).withActor(admin.getId())).subjectId())
                .isEqualTo(leaving.getId());
    }

    @Test
    void aFailedApiSignInWithAnUnknownEmailIsRecordedWithTheAddressButNotTheEmail() {
        String typed = Fixtures.unique("nobody") + "@typed.example";
        assertThatThrownBy(() -> RequestOrigin.runWith(new RequestOrigin("198.51.100.23", "App/2.1"), () ->
                tokens.login(typed, "whatever it was", "198.51.100.23")))
                .isInstanceOf(InvalidCredentialsException.class);

        AuditEntry failure = only(AuditFilter.all().withAction(AuditAction.API_SIGN_IN).withAddressPrefix("198.51.100.23"));
        assertThat(failure.outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(failure.actorId()).isNull();
        assertThat(failure.subjectId()).isNull();
        assertThat(failure.details()).contains("unknown-account").contains("\"unknown_account\": true");
        assertThat(jdbc.queryForObject("select count(*) from security_audit where security_audit::text ilike ?",
                Long.class, "%" + typed.substring(0, typed.indexOf('@')) + "%")).isZero();
    }

    @Test
    void aWrongPasswordNamesTheAccountAndASuccessfulApiSignInIsRecorded() {
        UserAccount consultant = fixtures.consultant("Signing In");
        String email = consultant.getEmail().value();
        assertThatThrownBy(() -> tokens.login(email, "not the password", "192.0.2.44"))
                .isInstanceOf(InvalidCredentialsException.class);
        RequestOrigin.runWith(new RequestOrigin("192.0.2.44", null), () -> tokens.login(email, Fixtures.PASSWORD, "192.0.2.44"));

        List<AuditEntry> signIns = log(AuditFilter.all().withAction(AuditAction.API_SIGN_IN)
                .withAddressPrefix("192.0.2.44"));
        assertThat(signIns).extracting(AuditEntry::outcome).containsExactly(AuditOutcome.SUCCESS);
        assertThat(signIns.getFirst().actorId()).isEqualTo(consultant.getId());
        AuditEntry failure = only(AuditFilter.all().withAction(AuditAction.API_SIGN_IN).withOutcome(AuditOutcome.FAILURE),
                consultant.getId());
        assertThat(failure.details()).contains("bad-credentials");
    }

    @Test
    void exportAndErasureEventsAreRecordedAndErasingScrubsTheCandidatesAddresses() {
        UserAccount admin = fixtures.admin();
        UserAccount consultant = fixtures.consultant("Owner");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "To Be Forgotten");
        long candidateAccount = candidate.getUserId();
        RequestOrigin.runWith(new RequestOrigin("100.64.1.9", "Phone/1.0"), () ->
                tokens.login(candidate.getEmail().value(), Fixtures.PASSWORD, "100.64.1.9"));
        assertThat(only(AuditFilter.all().withActor(candidateAccount)).clientAddress()).isEqualTo("100.64.1.9");

        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        fixtures.as(admin, () -> transaction.executeWithoutResult(status ->
                events.publishEvent(new CandidateDataExported(candidate.getId(), admin.getId()))));
        fixtures.as(admin, () -> transaction.executeWithoutResult(status -> {
            events.publishEvent(new CandidateErasing(candidate.getId(), candidateAccount, candidate.getFullName(),
                    candidate.getEmail().value(), candidate.getPhone() == null ? null : candidate.getPhone().value(),
                    admin.getId()));
            events.publishEvent(new CandidateErased(candidate.getId(), admin.getId()));
        }));

        assertThat(only(AuditFilter.all().withAction(AuditAction.CANDIDATE_DATA_EXPORTED).withCandidate(candidate.getId()))
                .actorId()).isEqualTo(admin.getId());
        AuditEntry erased = only(AuditFilter.all().withAction(AuditAction.CANDIDATE_ERASED).withCandidate(candidate.getId()));
        assertThat(erased.actorId()).isEqualTo(admin.getId());
        assertThat(erased.actorRole()).isEqualTo("ADMIN");
        AuditEntry ownSignIn = only(AuditFilter.all().withActor(candidateAccount));
        assertThat(ownSignIn.clientAddress()).isNull();
        assertThat(ownSignIn.userAgent()).isNull();
    }

    @Test
    void anErasureThatRollsBackScrubsNothing() {
        UserAccount consultant = fixtures.consultant("Owner");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Changed Their Mind");
        RequestOrigin.runWith(new RequestOrigin("100.64.2.2", null), () ->
                tokens.login(candidate.getEmail().value(), Fixtures.PASSWORD, "100.64.2.2"));

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            events.publishEvent(new CandidateErasing(candidate.getId(), candidate.getUserId(), candidate.getFullName(),
                    candidate.getEmail().value(), null, 0));
            throw new IllegalStateException("the erasure failed later on");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(only(AuditFilter.all().withActor(candidate.getUserId())).clientAddress()).isEqualTo("100.64.2.2");
    }

    @Test
    void theLogFiltersInTheDatabaseAndOnlyAnAdminMayReadIt() {
        UserAccount admin = fixtures.admin();
        UserAccount consultant = fixtures.consultant("Curious");
        Candidate candidate = fixtures.candidate(consultant, "Filtered");
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS).minusMillis(1);
        fixtures.as(admin, () -> candidates.reassign(candidate.getId(), candidate.getVersion(), null));
        RequestOrigin.runWith(new RequestOrigin("10.20.30.40", null), () -> fixtures.as(admin, () ->
                candidates.reassign(candidate.getId(), candidates.get(candidate.getId()).getVersion(), consultant.getId())));

        List<AuditEntry> changes = fixtures.as(admin, () -> log.page(AuditFilter.all()
                .withAction(AuditAction.CONSULTANT_CHANGED).withCandidate(candidate.getId()), 0, 10));
        assertThat(changes).hasSize(2);
        assertThat(changes.getFirst().occurredAt()).isAfterOrEqualTo(changes.get(1).occurredAt());
        assertThat(changes.getFirst().details()).contains("\"to_consultant\": " + consultant.getId());
        assertThat(fixtures.as(admin, () -> log.count(AuditFilter.all().withCandidate(candidate.getId())
                .withAddressPrefix("10.20.")))).isEqualTo(1);
        assertThat(fixtures.as(admin, () -> log.count(AuditFilter.all().withCandidate(candidate.getId())
                .withAddressPrefix("10.2_.")))).isZero();
        assertThat(fixtures.as(admin, () -> log.count(AuditFilter.all().withCandidate(candidate.getId())
                .between(before, Instant.now().plusSeconds(1))))).isEqualTo(2);
        assertThat(fixtures.as(admin, () -> log.count(AuditFilter.all().withCandidate(candidate.getId())
                .between(before.minusSeconds(3600), before)))).isZero();
        assertThat(fixtures.as(admin, () -> log.count(AuditFilter.all().withCandidate(candidate.getId())
                .withOutcome(AuditOutcome.DENIED)))).isZero();
        assertThat(fixtures.as(admin, () -> log.page(AuditFilter.all().withCandidate(candidate.getId()), 1, 1)))
                .singleElement().extracting(AuditEntry::id).isEqualTo(changes.get(1).id());

        assertThatThrownBy(() -> fixtures.as(consultant, () -> log.page(AuditFilter.all(), 0, 10)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fixtures.as(consultant, () -> log.count(AuditFilter.all())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(log(AuditFilter.all().withAction(AuditAction.ACCESS_DENIED).withActor(consultant.getId())))
                .hasSize(2).allSatisfy(entry -> assertThat(entry.details()).contains("admin-only"));
    }

    // --- reading the table as an admin would, without the admin check getting in the way ---

    @Test
    void passwordChangesAndTwoFactorSettingsAreRecorded() {
        UserAccount admin = fixtures.admin();
        UserAccount consultant = fixtures.consultant("Security Events");
        SystemWork.run(() -> accounts.changePassword(consultant.getId(), Fixtures.PASSWORD, "another long passphrase"));
        AuditEntry changed = only(AuditFilter.all().withAction(AuditAction.PASSWORD_CHANGED), consultant.getId());
        assertThat(changed.details()).contains("own-password");

        fixtures.as(admin, () -> settings.requireTwoFactorForStaff(true));
        fixtures.as(admin, () -> settings.requireTwoFactorForStaff(false));
        List<AuditEntry> switches = log(AuditFilter.all().withAction(AuditAction.TWO_FACTOR_REQUIREMENT_CHANGED)
                .withActor(admin.getId()));
        assertThat(switches).hasSize(2).extracting(AuditEntry::details)
                .anySatisfy(details -> assertThat(details).contains("\"required\""))
                .anySatisfy(details -> assertThat(details).contains("\"optional\""));
    }

    private List<AuditEntry> log(AuditFilter filter) {
        return SystemWork.call(() -> log.page(filter, 0, 100));
    }

    private long count(AuditFilter filter) {
        return SystemWork.call(() -> log.count(filter));
    }

    private AuditEntry only(AuditFilter filter) {
        List<AuditEntry> found = log(filter);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private AuditEntry only(AuditFilter filter, long subjectAccountId) {
        List<AuditEntry> found = log(filter).stream()
                .filter(e -> e.subjectType() == AuditSubject.ACCOUNT && Long.valueOf(subjectAccountId).equals(e.subjectId()))
                .toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

}
