package com.careerbridge.crm.permissions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.digest.DigestService;
import com.careerbridge.crm.timeline.ActivityService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CandidateSort;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.readiness.ReadinessService;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionOutcome;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.application.ApplicationForm;
import com.careerbridge.crm.application.ApplicationSource;
import com.careerbridge.crm.application.ApplicationStage;
import com.careerbridge.crm.application.InterviewFormat;
import com.careerbridge.crm.application.InterviewPlan;
import com.careerbridge.crm.application.JobApplications;
import com.careerbridge.crm.application.JobInterviews;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.crm.workspace.CandidateWorkspace;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.careerbridge.crm.permissions.PermissionMatrixIT.Outcome.CONFLICT;
import static com.careerbridge.crm.permissions.PermissionMatrixIT.Outcome.FORBIDDEN;
import static com.careerbridge.crm.permissions.PermissionMatrixIT.Outcome.NOT_FOUND;
import static com.careerbridge.crm.permissions.PermissionMatrixIT.Outcome.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every role against every operation on one candidate's things: an admin; the candidate's own consultant; another
 * consultant; the candidate; another candidate. Refusals must change nothing.
 */
@CoreIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixIT {

    enum Who { ADMIN, OWN_CONSULTANT, OTHER_CONSULTANT, SELF, OTHER_CANDIDATE }

    enum Outcome { OK, NOT_FOUND, FORBIDDEN, CONFLICT }

    @Autowired Fixtures fixtures;
    @Autowired CandidateService candidates;
    @Autowired TargetRoleService targetRoles;
    @Autowired AssignmentService assignments;
    @Autowired SessionService sessions;
    @Autowired ReadinessService readiness;
    @Autowired ActivityService activities;
    @Autowired RoleGuideService guides;
    @Autowired CandidateWorkspace workspace;
    @Autowired DigestService digests;
    @Autowired com.careerbridge.crm.overview.CandidateOverviewQuery overviews;
    @Autowired com.careerbridge.crm.invitation.InvitationService invitations;
    @Autowired JdbcTemplate jdbc;
    @Autowired JobApplications applications;
    @Autowired com.careerbridge.crm.application.OutcomesReport outcomes;
    @Autowired com.careerbridge.crm.application.JobInterviews interviews;
    @Autowired com.careerbridge.crm.application.CaseloadApplications caseload;
    @Autowired com.careerbridge.crm.branding.ConsultancyBrand brand;
    @Autowired com.careerbridge.crm.booking.Booking booking;
    @Autowired com.careerbridge.crm.booking.SessionTypes sessionTypes;
    @Autowired com.careerbridge.crm.booking.Availabilities availabilities;
    @Autowired com.careerbridge.crm.messaging.Conversations conversations;
    @Autowired com.careerbridge.crm.documents.CandidateDocuments documents;

    private UserAccount admin;
    private UserAccount consultantA;
    private UserAccount consultantB;
    private long otherCandidateUserId;
    private int slot;
    private long sessionTypeId;

    /** One candidate of consultant A with a login, an assigned guide, a completed and a scheduled session. */
    record World(long candidateId, long candidateUserId, long assignmentId, String itemKey, long completedSessionId,
                 long actionItemId, long scheduledSessionId, long targetRoleId, long applicationId, long interviewId,
                 long questionId, long documentId, long documentVersionId) {
    }

    @BeforeAll
    void people() {
        admin = fixtures.admin();
        consultantA = fixtures.consultant("Consultant A");
        consultantB = fixtures.consultant("Consultant B");
        otherCandidateUserId = fixtures.candidateWithLogin(consultantB, "Other Candidate").getUserId();
        sessionTypeId = fixtures.as(admin, () -> sessionTypes.create(new com.careerbridge.crm.booking.SessionTypeForm(
                com.careerbridge.crm.shared.LocalizedText.of("모의 면접", "Mock interview"), 60,
                com.careerbridge.crm.session.SessionMode.ONLINE, null, 0, 0, true, 1440, null))).getId();
    }

    private World world() {
        Candidate created = fixtures.candidate(consultantA, "Candidate X");
        // A login without another bcrypt round: the matrix builds a hundred worlds, and the password is never used.
        long userId = jdbc.queryForObject("""
                insert into user_account (email, display_name, password_hash, role, locale, password_changed_at, created_at)
                select ?, 'Candidate X', password_hash, 'CANDIDATE', 'ko', now(), now() from user_account where id = ?
                returning id""", Long.class, Fixtures.unique("x") + "@test.example", otherCandidateUserId);
        jdbc.update("update candidate set user_id = ? where id = ?", userId, created.getId());
        Candidate candidate = fixtures.as(consultantA, () -> candidates.get(created.getId()));
        long guideId = fixtures.guide("sales-analyst").guideId();
        long targetRoleId = jdbc.queryForObject("""
                insert into target_role (candidate_id, guide_id, priority, status, readiness, created_at, updated_at)
                values (?, ?, 1, 'PREPARING', 30, now(), now()) returning id""", Long.class, candidate.getId(), guideId);
        long applicationId = jdbc.queryForObject("""
                insert into job_application (candidate_id, target_role_id, guide_id, company, position_title, source,
                                             stage, stage_changed_at, created_at, updated_at)
                values (?, ?, ?, 'Acme', 'Sales Analyst', 'JOB_BOARD', 'APPLIED', now(), now(), now()) returning id""",
                Long.class, candidate.getId(), targetRoleId, guideId);
        long interviewId = jdbc.queryForObject("""
                insert into job_interview (application_id, round, starts_at, time_zone, format, created_at, updated_at)
                values (?, 1, now(), 'Asia/Seoul', 'VIDEO', now(), now()) returning id""", Long.class, applicationId);
        long questionId = jdbc.queryForObject("""
                insert into job_interview_question (interview_id, asked, proposal, created_at)
                values (?, 'Why sales analysis?', 'PROPOSED', now()) returning id""", Long.class, interviewId);
        return fixtures.as(consultantA, () -> {
            long assignmentId = assignments.assign(guideId, List.of(candidate.getId()), null, "hi").created().getFirst().getId();
            String itemKey = assignments.get(assignmentId).checklist().getFirst().item().key();
            LocalDateTime past = LocalDateTime.now().minusDays(10).withHour(9).withMinute(0).plusHours(slot++ % 8);
            CoachingSession done = sessions.schedule(candidate.getId(), Fixtures.plan(past.minusDays(slot), 60));
            done = sessions.complete(done.getId(), done.getVersion(), new SessionOutcome("private", "shared",
                    List.of(new SessionOutcome.NewActionItem(null, "practise", LocalDate.now())), null, null));
            CoachingSession scheduled = sessions.schedule(candidate.getId(), Fixtures.plan(past.minusDays(slot).plusHours(2), 60));
            // A document uploaded by the consultant, written directly (a tiny text as its large object).
            long documentId = jdbc.queryForObject("""
                    insert into document (candidate_id, kind, title, created_by, created_at, updated_at)
                    values (?, 'CV', 'CV', ?, now(), now()) returning id""", Long.class, candidate.getId(),
                    consultantA.getId());
            long documentVersionId = jdbc.queryForObject("""
                    insert into document_version (document_id, number, file_name, content_type, size_bytes, sha256,
                                                  uploaded_by, uploaded_at, content_oid)
                    values (?, 1, 'cv.txt', 'text/plain', 5, repeat('a', 64), ?, now(), lo_from_bytea(0, 'hello'))
                    returning id""", Long.class, documentId, consultantA.getId());
            return new World(candidate.getId(), candidate.getUserId(), assignmentId, itemKey, done.getId(),
                    done.getActionItems().getFirst().getId(), scheduled.getId(), targetRoleId, applicationId,
                    interviewId, questionId, documentId, documentVersionId);
        });
    }

    private record Case(String operation, Consumer<World> action, Map<Who, Outcome> expected) {
    }

    private static Map<Who, Outcome> expect(Outcome admin, Outcome own, Outcome other, Outcome self, Outcome otherCandidate) {
        Map<Who, Outcome> map = new EnumMap<>(Who.class);
        map.put(Who.ADMIN, admin);
        map.put(Who.OWN_CONSULTANT, own);
        map.put(Who.OTHER_CONSULTANT, other);
        map.put(Who.SELF, self);
        map.put(Who.OTHER_CANDIDATE, otherCandidate);
        return map;
    }

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("view candidate", w -> candidates.get(w.candidateId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("edit profile", w -> candidates.update(w.candidateId(), version("candidate", w.candidateId()),
                Fixtures.form("Renamed")), expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("change pipeline status", w -> candidates.changeStatus(w.candidateId(),
                version("candidate", w.candidateId()), PipelineStatus.ACTIVE), expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("reassign consultant", w -> candidates.reassign(w.candidateId(), version("candidate", w.candidateId()), consultantB.getId()),
                expect(OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("edit staff notes", w -> candidates.replaceStaffNotes(w.candidateId(),
                version("candidate", w.candidateId()), "note"), expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("e-mail preferences", w -> candidates.changeEmailPreferences(w.candidateId(),
                version("candidate", w.candidateId()), true, DayOfWeek.FRIDAY, LocalTime.NOON),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("status history", w -> candidates.statusHistory(w.candidateId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("add target role", w -> targetRoles.add(w.candidateId(), fixtures.guide("sales").guideId(),
                new TargetRoleForm(1, List.of("Acme"), TargetRoleStatus.EXPLORING)), expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("list target roles", w -> targetRoles.forCandidate(w.candidateId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("assign guide", w -> assignments.assign(fixtures.guide("sales").guideId(), List.of(w.candidateId()), null, null),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("list assignments", w -> assignments.forCandidate(w.candidateId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("open assigned guide", w -> assignments.open(w.assignmentId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("tick checklist item", w -> assignments.markItem(w.assignmentId(), w.itemKey(), true),
                expect(FORBIDDEN, FORBIDDEN, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("verify checklist item", w -> assignments.verifyItem(w.assignmentId(),
                version("assignment", w.assignmentId()), w.itemKey(), true),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("schedule session", w -> sessions.schedule(w.candidateId(),
                Fixtures.plan(LocalDateTime.now().plusDays(60 + slot++), 30)), expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("complete session", w -> sessions.complete(w.scheduledSessionId(), version("coaching_session", w.scheduledSessionId()),
                new SessionOutcome("n", "s", List.of(), null, null)), expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("read session with private notes", w -> sessions.get(w.completedSessionId()),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("read session's shared parts", w -> sessions.mineById(w.completedSessionId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("tick action item", w -> sessions.markActionItem(w.completedSessionId(), w.actionItemId(), true),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("readiness history", w -> readiness.history(w.candidateId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("activity timeline", w -> activities.timeline(w.candidateId(), 50),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("consultant's candidate page", w -> workspace.page(w.candidateId()),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("candidate page's timeline", w -> workspace.timeline(w.candidateId()),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        // read models and commands the consultant's mobile API added (#18)
        cases.add(new Case("view candidate without the notes", w -> candidates.withoutNotes(w.candidateId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("list sessions without the notes", w -> sessions.listForCandidate(w.candidateId()),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("next session", w -> sessions.nextForCandidate(w.candidateId()),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("candidate overview", w -> overviews.of(w.candidateId()),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("move session", w -> sessions.reschedule(w.scheduledSessionId(),
                version("coaching_session", w.scheduledSessionId()),
                Fixtures.plan(LocalDateTime.now().plusDays(200 + slot++), 30)),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("cancel session", w -> sessions.cancel(w.scheduledSessionId(),
                version("coaching_session", w.scheduledSessionId())), expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("timeline page", w -> activities.page(w.candidateId(), null, null, 20),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("published guide version", w -> guides.publishedVersion(fixtures.guide("sales").guideId(), null),
                expect(OK, OK, OK, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("digest preview", w -> digests.preview(w.candidateId()),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("verify all ticked items", w -> assignments.verifyAllDone(w.assignmentId(),
                version("assignment", w.assignmentId())), expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("portal access state", w -> invitations.portalAccess(w.candidateId()),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("add job application", w -> applications.create(w.candidateId(), w.targetRoleId(),
                ApplicationStage.SAVED, APPLICATION), expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("list job applications", w -> applications.ofCandidate(w.candidateId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("read job application", w -> applications.get(w.applicationId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("edit job application", w -> applications.update(w.applicationId(),
                version("job_application", w.applicationId()), APPLICATION), expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("move job application", w -> applications.move(w.applicationId(),
                version("job_application", w.applicationId()), ApplicationStage.SCREENING),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("offers per consultant", w -> outcomes.byConsultant(java.time.Instant.EPOCH,
                java.time.Instant.now()), expect(OK, OK, OK, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("outcomes report", w -> outcomes.report(java.time.Instant.EPOCH, java.time.Instant.now()),
                expect(OK, OK, OK, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("my job applications", w -> applications.mine(),
                expect(FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK)));
        cases.add(new Case("applications needing attention", w -> caseload.attention(),
                expect(OK, OK, OK, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("placement to confirm", w -> applications.placementToConfirm(w.candidateId()),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("list interviews", w -> interviews.ofApplication(w.applicationId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("guide questions to match", w -> interviews.guideQuestions(w.applicationId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("schedule interview", w -> interviews.schedule(w.applicationId(), INTERVIEW),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("edit interview", w -> interviews.update(w.interviewId(),
                version("job_interview", w.interviewId()), INTERVIEW), expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("remove interview", w -> interviews.remove(w.interviewId(),
                version("job_interview", w.interviewId())), expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("write down a question", w -> interviews.ask(w.interviewId(),
                new JobInterviews.QuestionEntry("Tell me about a forecast", null, true)),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("remove a question", w -> interviews.removeQuestion(w.questionId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("proposed questions of a guide", w -> interviews.proposals(
                fixtures.guide("sales-analyst").guideId()), expect(OK, OK, OK, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("dismiss a proposed question", w -> interviews.dismiss(w.questionId()),
                expect(OK, OK, OK, FORBIDDEN, FORBIDDEN)));
        // the consultancy's name and logo (#20): everyone reads them, only admins change them (to what they were, so
        // that other tests in this database keep the default brand)
        cases.add(new Case("read the consultancy's brand", w -> brand.current(), expect(OK, OK, OK, OK, OK)));
        cases.add(new Case("rename the consultancy", w -> brand.rename(brand.current().version(), brand.current().name()),
                expect(OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("replace and remove the consultancy's logo", w -> brand.removeLogo(
                brand.replaceLogo(brand.current().version(), LOGO).version()),
                expect(OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)));
        // self-service booking (#15): candidates book with their own consultant; a consultant's bookable time is their
        // own (another consultant's is "not found"), an admin's to keep; session types are staff's to read
        cases.add(new Case("session types offered to me", w -> booking.offeredTypes(),
                expect(FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK)));
        cases.add(new Case("my consultant's free slots", w -> booking.slots(sessionTypeId, LocalDate.now().plusDays(3),
                LocalDate.now().plusDays(4), java.time.ZoneId.of("Europe/Berlin")),
                expect(FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK)));
        cases.add(new Case("my upcoming bookings", w -> booking.upcoming(),
                expect(FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK)));
        cases.add(new Case("cancel a session as its candidate", w -> booking.cancel(w.scheduledSessionId(),
                version("coaching_session", w.scheduledSessionId()), null),
                expect(NOT_FOUND, NOT_FOUND, NOT_FOUND, CONFLICT, NOT_FOUND)));
        cases.add(new Case("a consultant's free slots", w -> booking.slotsFor(consultantA.getId(), sessionTypeId,
                LocalDate.now().plusDays(3), LocalDate.now().plusDays(4), java.time.ZoneId.of("Asia/Seoul")),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("all session types", w -> sessionTypes.all(), expect(OK, OK, OK, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("define a session type", w -> sessionTypes.create(new com.careerbridge.crm.booking.SessionTypeForm(
                com.careerbridge.crm.shared.LocalizedText.of("새 유형", "New type"), 30,
                com.careerbridge.crm.session.SessionMode.PHONE, null, 0, 0, false, 0, null)), expect(OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("a consultant's availability", w -> availabilities.of(consultantA.getId()),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("replace a consultant's availability", w -> {
            var current = availabilities.of(consultantA.getId());
            availabilities.save(consultantA.getId(), scheduleVersion(consultantA.getId()), current.availability(),
                    current.rules());
        }, expect(OK, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN)));
        // messages (#16): the conversation is the candidate's and their staff's; staff read and write it by the
        // candidate's id, the candidate only their own; the inbox is staff's
        cases.add(new Case("read a candidate's conversation", w -> conversations.page(w.candidateId(), null, 20),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("write to a candidate", w -> conversations.send(w.candidateId(), "Hello", null),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("mark a candidate's conversation read", w -> conversations.markRead(w.candidateId(), 1),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("my conversation", w -> conversations.mine(null, 20),
                expect(FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK)));
        cases.add(new Case("write to my staff", w -> conversations.sendMine("Hello", null),
                expect(FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK)));
        cases.add(new Case("my new messages", w -> conversations.changes(null),
                expect(FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK)));
        cases.add(new Case("the message inbox", w -> conversations.inbox(com.careerbridge.crm.messaging.InboxFilter.ALL, 0, 20),
                expect(OK, OK, OK, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("unread messages in total", w -> conversations.unreadTotal(),
                expect(OK, OK, OK, FORBIDDEN, FORBIDDEN)));
        cases.add(new Case("what a candidate's messages can be about", w -> conversations.topics(w.candidateId()),
                expect(OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND)));
        cases.add(new Case("what my messages can be about", w -> conversations.myTopics(),
                expect(FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK)));
        // documents (#16): the candidate and the staff who may see them; someone else's document is "not found"
        cases.add(new Case("list a candidate's documents", w -> documents.list(w.candidateId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("my documents", w -> documents.mine(), expect(FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK)));
        cases.add(new Case("upload a document", w -> documents.upload(w.candidateId(),
                new com.careerbridge.crm.documents.NewDocument(com.careerbridge.crm.documents.DocumentKind.CV, "CV",
                        null), "cv.txt", new java.io.ByteArrayInputStream("my cv".getBytes())),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("upload a version", w -> documents.uploadVersion(w.documentId(),
                version("document", w.documentId()), "cv2.txt", new java.io.ByteArrayInputStream("v2".getBytes())),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("comment on a version", w -> documents.comment(w.documentVersionId(), "Looks good"),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("read a version's comments", w -> documents.comments(w.documentVersionId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("download a version", w -> documents.download(w.documentVersionId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("a version's preview", w -> documents.preview(w.documentVersionId()),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("what a candidate's documents can be linked to",
                w -> documents.linkChoices(w.candidateId()), expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        cases.add(new Case("what my documents can be linked to", w -> documents.myLinkChoices(),
                expect(FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK)));
        cases.add(new Case("change a document's links", w -> documents.relink(w.documentId(),
                version("document", w.documentId()),
                new com.careerbridge.crm.documents.DocumentLinks(null, w.assignmentId(), w.itemKey())),
                expect(OK, OK, NOT_FOUND, OK, NOT_FOUND)));
        return cases;
    }

    /**
     * The version a change of a consultant's bookable time quotes: 0 before it was first set, the stored version plus
     * one afterwards (read past the permission checks).
     */
    private long scheduleVersion(long consultantId) {
        return jdbc.queryForObject("select coalesce((select version + 1 from consultant_availability where consultant_id = ?), 0)",
                Long.class, consultantId);
    }

    private static final byte[] LOGO = logo();

    private static byte[] logo() {
        var image = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final InterviewPlan INTERVIEW = new InterviewPlan(LocalDateTime.of(2027, 3, 2, 10, 0),
            "Asia/Seoul", null, InterviewFormat.VIDEO, "Hiring manager", null);

    private static final ApplicationForm APPLICATION = new ApplicationForm("Acme", "Sales Analyst", null, null,
            ApplicationSource.REFERRAL, null, null, null, null);

    @Autowired com.careerbridge.crm.live.LiveFeed liveFeed;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    /**
     * The live feed (#16) is opened by everyone, and each hears of a committed change to the candidate only if they may
     * see the candidate: the admin, the own consultant and the candidate themselves, not another consultant nor
     * another candidate.
     */
    @Test
    void onlyThoseWhoMaySeeTheCandidateHearOfTheirChanges() throws InterruptedException {
        World world = world();
        Map<Who, java.util.concurrent.BlockingQueue<com.careerbridge.crm.live.LiveChange>> heard = new EnumMap<>(Who.class);
        List<com.careerbridge.crm.live.LiveChanges.Registration> open = new ArrayList<>();
        try {
            for (Who who : Who.values()) {
                var queue = new java.util.concurrent.LinkedBlockingQueue<com.careerbridge.crm.live.LiveChange>();
                heard.put(who, queue);
                long actor = switch (who) {
                    case ADMIN -> admin.getId();
                    case OWN_CONSULTANT -> consultantA.getId();
                    case OTHER_CONSULTANT -> consultantB.getId();
                    case SELF -> world.candidateUserId();
                    case OTHER_CANDIDATE -> otherCandidateUserId;
                };
                open.add(fixtures.as(actor, () -> liveFeed.open(change -> {
                    if (change.candidateId() == world.candidateId() && change.kind().equals("messages")) {
                        queue.add(change);
                    }
                })));
            }
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new com.careerbridge.crm.shared.ChangeNotice(world.candidateId(), "messages")));

            for (Who who : List.of(Who.ADMIN, Who.OWN_CONSULTANT, Who.SELF)) {
                assertThat(heard.get(who).poll(2, java.util.concurrent.TimeUnit.SECONDS)).as(who.name())
                        .isEqualTo(new com.careerbridge.crm.live.LiveChange(world.candidateId(), "messages"));
            }
            Thread.sleep(300);
            assertThat(heard.get(Who.OTHER_CONSULTANT)).as("another consultant").isEmpty();
            assertThat(heard.get(Who.OTHER_CANDIDATE)).as("another candidate").isEmpty();
        } finally {
            open.forEach(com.careerbridge.crm.live.LiveChanges.Registration::remove);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryOperation() {
        return cases().stream().flatMap(c -> Stream.of(Who.values()).map(who -> DynamicTest.dynamicTest(
                c.operation() + " as " + who + " → " + c.expected().get(who), () -> check(c, who))));
    }

    private void check(Case c, Who who) {
        World world = world();
        long actor = switch (who) {
            case ADMIN -> admin.getId();
            case OWN_CONSULTANT -> consultantA.getId();
            case OTHER_CONSULTANT -> consultantB.getId();
            case SELF -> world.candidateUserId();
            case OTHER_CANDIDATE -> otherCandidateUserId;
        };
        String before = fingerprint(world);
        Outcome expected = c.expected().get(who);
        Runnable attempt = () -> fixtures.as(actor, () -> c.action().accept(world));
        switch (expected) {
            case OK -> attempt.run();
            case NOT_FOUND -> assertThatThrownBy(attempt::run).isInstanceOf(NotFoundException.class);
            case FORBIDDEN -> assertThatThrownBy(attempt::run).isInstanceOf(ForbiddenException.class);
            // allowed to ask, refused for the state of the thing (e.g. a session only the consultant may change)
            case CONFLICT -> assertThatThrownBy(attempt::run)
                    .isInstanceOf(com.careerbridge.crm.shared.ConflictException.class);
        }
        if (expected != OK) {
            assertThat(fingerprint(world)).as("a refused attempt changes nothing").isEqualTo(before);
        }
    }

    /** The current version of a row, read past the permission checks (the checks are what is being tested). */
    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    /** Every row about the candidate that an operation could touch, with its version or state. */
    private String fingerprint(World world) {
        return jdbc.queryForObject("""
                select concat_ws('|',
                  (select version || pipeline_status || coalesce(consultant_id, 0) || coalesce(staff_notes, '') || progress_emails_enabled
                     from candidate where id = ?),
                  (select count(*) from activity where candidate_id = ?),
                  (select count(*) from target_role where candidate_id = ?),
                  (select count(*) from assignment where candidate_id = ?),
                  (select string_agg(i.state, ',' order by i.id) from assignment_item i join assignment a on a.id = i.assignment_id
                     where a.candidate_id = ?),
                  (select string_agg(status || version, ',' order by id) from coaching_session where candidate_id = ?),
                  (select string_agg(coalesce(x.done_at::text, '-'), ',' order by x.id) from session_action_item x
                     join coaching_session s on s.id = x.session_id where s.candidate_id = ?),
                  (select string_agg(stage || version || company, ',' order by id) from job_application
                     where candidate_id = ?),
                  (select version from consultancy_brand),
                  (select coalesce(max(version), -1) from consultant_availability),
                  (select string_agg(i.id || '.' || i.version || '.' || (select string_agg(q.id || coalesce(q.proposal, ''),
                     ',' order by q.id) from job_interview_question q where q.interview_id = i.id), ',' order by i.id)
                     from job_interview i join job_application a on a.id = i.application_id where a.candidate_id = ?),
                  (select count(*) from message where candidate_id = ?),
                  (select string_agg(user_id || ':' || last_read_message_id, ',' order by user_id) from message_read
                     where candidate_id = ?),
                  (select string_agg(d.id || '.' || d.version || '.' || (select count(*) from document_version v
                     where v.document_id = d.id) || '.' || (select count(*) from document_comment c
                     join document_version v on v.id = c.version_id where v.document_id = d.id), ',' order by d.id)
                     from document d where d.candidate_id = ?))""",
                String.class, world.candidateId(), world.candidateId(), world.candidateId(), world.candidateId(),
                world.candidateId(), world.candidateId(), world.candidateId(), world.candidateId(), world.candidateId(),
                world.candidateId(), world.candidateId(), world.candidateId());
    }

    @Test
    void listsShowOnlyTheCaseloadAndAreClosedToCandidates() {
        World world = world();
        CandidateFilter everyone = CandidateFilter.all();
        List<Long> seenByA = fixtures.as(consultantA, () -> candidates.list(everyone, CandidateSort.byName(), 0, 500))
                .stream().map(s -> s.id()).toList();
        List<Long> seenByB = fixtures.as(consultantB, () -> candidates.list(everyone, CandidateSort.byName(), 0, 500))
                .stream().map(s -> s.id()).toList();
        List<Long> seenByAdmin = fixtures.as(admin, () -> candidates.list(everyone, CandidateSort.byName(), 0, 500))
                .stream().map(s -> s.id()).toList();

        assertThat(seenByA).contains(world.candidateId());
        assertThat(seenByB).doesNotContain(world.candidateId());
        assertThat(seenByAdmin).contains(world.candidateId());
        // Asking for another consultant's caseload by filter does not widen a consultant's view.
        assertThat(fixtures.as(consultantB, () -> candidates.list(everyone.withConsultant(consultantA.getId()),
                CandidateSort.byName(), 0, 500))).isEmpty();
        assertThatThrownBy(() -> fixtures.as(world.candidateUserId(), () -> candidates.list(everyone, CandidateSort.byName(), 0, 10)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fixtures.as(world.candidateUserId(), guides::library)).isInstanceOf(ForbiddenException.class);
        assertThat(fixtures.as(consultantB, guides::library)).hasSizeGreaterThanOrEqualTo(5);
    }
}
