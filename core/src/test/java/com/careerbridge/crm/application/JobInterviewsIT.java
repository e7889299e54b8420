package com.careerbridge.crm.application;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.application.JobInterviews.QuestionEntry;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.roleguide.RoleGuideVersion;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.careerbridge.crm.application.ApplicationStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoreIntegrationTest
class JobInterviewsIT {

    @Autowired Fixtures fixtures;
    @Autowired JobApplications applications;
    @Autowired JobInterviews interviews;
    @Autowired TargetRoleService targetRoles;
    @Autowired RoleGuideService guides;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theFirstInterviewMovesTheApplicationToInterviewingAndRoundsCountOn() {
        UserAccount consultant = fixtures.consultant("Rounds");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Interviewee");
        TargetRole role = role(consultant, candidate, fixtures.guide("sales-analyst").guideId());
        jdbc.update("update target_role set readiness = 62 where id = ?", role.getId());
        JobApplication application = fixtures.as(candidate.getUserId(), () -> applications.create(candidate.getId(),
                role.getId(), APPLIED, ApplicationStageTest.form(null)));

        JobInterview first = fixtures.as(candidate.getUserId(), () -> interviews.schedule(application.getId(),
                plan(LocalDateTime.of(2027, 3, 29, 10, 0), "Europe/Berlin", null)));
        JobInterview second = fixtures.as(consultant, () -> interviews.schedule(application.getId(),
                plan(LocalDateTime.of(2027, 4, 6, 15, 30), "Asia/Seoul", null)));

        assertThat(first.getRound()).isEqualTo(1);
        assertThat(second.getRound()).isEqualTo(2);
        // summer time in Berlin began on 28 March: ten o'clock is 08:00 UTC
        assertThat(first.getStartsAt()).isEqualTo(LocalDateTime.of(2027, 3, 29, 8, 0).atZone(ZoneId.of("UTC")).toInstant());
        var after = fixtures.as(consultant, () -> applications.get(application.getId()));
        assertThat(after.application().getStage()).isEqualTo(INTERVIEWING);
        assertThat(after.history()).extracting(StageChange::getStage).containsExactly(APPLIED, INTERVIEWING);
        assertThat(after.history().getLast().getReadiness()).isEqualTo(62);
        assertThat(fixtures.as(consultant, () -> interviews.ofApplication(application.getId())))
                .extracting(found -> found.interview().getRound()).containsExactly(1, 2);
        assertThat(jdbc.queryForList("select action from activity where candidate_id = ? and action like 'interview-%'",
                String.class, candidate.getId())).containsExactly("interview-scheduled", "interview-scheduled");
    }

    @Test
    void aSavedOrClosedApplicationTakesNoInterviewAndBadPlansAreRefusedAtTheirFields() {
        UserAccount consultant = fixtures.consultant("Closed");
        Candidate candidate = fixtures.candidate(consultant, "Not yet");
        TargetRole role = role(consultant, candidate, fixtures.guide("sales-analyst").guideId());
        JobApplication saved = fixtures.as(consultant, () -> applications.create(candidate.getId(), role.getId(), SAVED,
                ApplicationStageTest.form(null)));

        assertThatThrownBy(() -> fixtures.as(consultant, () -> interviews.schedule(saved.getId(),
                plan(LocalDateTime.of(2027, 1, 5, 9, 0), "Asia/Seoul", null))))
                .isInstanceOf(ConflictException.class).hasMessage("conflict.interview-application-not-open");
        assertThatThrownBy(() -> fixtures.as(consultant, () -> interviews.schedule(saved.getId(),
                new InterviewPlan(null, "Mars/Olympus", 99, null, "x".repeat(301), null))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("start", "timeZone", "round", "format",
                                "interviewers"));
        assertThat(jdbc.queryForObject("select count(*) from job_interview where application_id = ?", Long.class,
                saved.getId())).isZero();
    }

    @Test
    void questionsAreMatchedToTheGuideOrProposedAndStaffTakeAProposalIntoTheNextVersion() {
        UserAccount consultant = fixtures.consultant("Questions");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Asked");
        long guideId = freshGuide(consultant);
        TargetRole role = role(consultant, candidate, guideId);
        JobApplication application = fixtures.as(candidate.getUserId(), () -> applications.create(candidate.getId(),
                role.getId(), APPLIED, ApplicationStageTest.form(null)));
        JobInterview interview = fixtures.as(candidate.getUserId(), () -> interviews.schedule(application.getId(),
                plan(LocalDateTime.of(2027, 2, 1, 11, 0), "Asia/Seoul", null)));
        var offered = fixtures.as(candidate.getUserId(), () -> interviews.guideQuestions(application.getId()));
        assertThat(offered.questions()).isNotEmpty();

        InterviewQuestion matched = fixtures.as(candidate.getUserId(), () -> interviews.ask(interview.getId(),
                new QuestionEntry("How would you grow a key account?", 0, false)));
        InterviewQuestion proposed = fixtures.as(candidate.getUserId(), () -> interviews.ask(interview.getId(),
                new QuestionEntry("Walk us through last quarter's pipeline review", null, true)));
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> interviews.ask(interview.getId(),
                new QuestionEntry("?", offered.questions().size(), false))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("guideQuestion"));
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> interviews.ask(interview.getId(),
                new QuestionEntry("Both", 0, true))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("propose"));

        var written = fixtures.as(consultant, () -> interviews.ofApplication(application.getId())).getFirst().questions();
        assertThat(written).extracting(asked -> asked.question().getId()).containsExactly(matched.getId(), proposed.getId());
        assertThat(written.getFirst().matched()).isEqualTo(offered.questions().getFirst());
        assertThat(written.getLast().matched()).isNull();
        assertThat(written.getLast().question().getProposal()).isEqualTo(QuestionProposal.PROPOSED);

        assertThat(fixtures.as(consultant, () -> interviews.proposals(guideId)))
                .extracting(JobInterviews.Proposal::questionId).containsExactly(proposed.getId());
        assertThat(fixtures.as(consultant, () -> interviews.proposalCounts())).containsEntry(guideId, 1L);
        assertThatThrownBy(() -> fixtures.as(consultant, () -> interviews.accept(proposed.getId(),
                LocalizedText.of("", "Walk us through a pipeline review"))))
                .isInstanceOf(InvalidValueException.class);

        fixtures.as(consultant, () -> interviews.accept(proposed.getId(),
                LocalizedText.of("지난 분기 파이프라인 리뷰를 설명해 보세요", "Walk us through last quarter's pipeline review")));

        RoleGuideVersion draft = fixtures.as(consultant, () -> guides.draft(guideId));
        assertThat(draft.getNumber()).isEqualTo(2);
        assertThat(draft.getContent().interviewQuestions()).hasSize(offered.questions().size() + 1)
                .last().isEqualTo(LocalizedText.of("지난 분기 파이프라인 리뷰를 설명해 보세요",
                        "Walk us through last quarter's pipeline review"));
        assertThat(fixtures.as(consultant, () -> interviews.proposals(guideId))).isEmpty();
        assertThatThrownBy(() -> fixtures.as(consultant, () -> interviews.dismiss(proposed.getId())))
                .isInstanceOf(ConflictException.class).hasMessage("conflict.proposal-decided");
        assertThat(jdbc.queryForObject("select count(*) from activity where candidate_id = ? and action = ?",
                Long.class, candidate.getId(), "question-proposed")).isOne();
    }

    @Test
    void anotherCandidatesInterviewIsNotFound() {
        UserAccount consultant = fixtures.consultant("Other");
        Candidate owner = fixtures.candidate(consultant, "Owner");
        Candidate stranger = fixtures.candidateWithLogin(fixtures.consultant("Else"), "Stranger");
        TargetRole role = role(consultant, owner, fixtures.guide("sales-analyst").guideId());
        JobApplication application = fixtures.as(consultant, () -> applications.create(owner.getId(), role.getId(),
                APPLIED, ApplicationStageTest.form(null)));
        JobInterview interview = fixtures.as(consultant, () -> interviews.schedule(application.getId(),
                plan(LocalDateTime.of(2027, 5, 3, 9, 0), "Asia/Seoul", 1)));

        assertThatThrownBy(() -> fixtures.as(stranger.getUserId(), () -> interviews.ask(interview.getId(),
                new QuestionEntry("Sneaky", null, false)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger.getUserId(), () -> interviews.remove(interview.getId(),
                interview.getVersion()))).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from job_interview_question where interview_id = ?",
                Long.class, interview.getId())).isZero();
    }

    private static InterviewPlan plan(LocalDateTime start, String zone, Integer round) {
        return new InterviewPlan(start, zone, round, InterviewFormat.VIDEO, "Hiring manager, sales director", null);
    }

    /** A guide of this test's own (a copy of a built-in one), so that a proposal taken in touches no other test. */
    private long freshGuide(UserAccount consultant) {
        return fixtures.as(consultant, () -> {
            RoleGuideVersion source = guides.latestPublished(fixtures.guide("account-manager").guideId());
            var content = source.getContent(); // under a title of its own: no other test meets a second one
            String unique = Fixtures.unique("interviews");
            RoleGuideVersion created = guides.create(new com.careerbridge.crm.roleguide.GuideContent(
                    LocalizedText.of("면접 " + unique, "Interviews " + unique), content.definition(), content.duties(),
                    content.lookAlikes(), content.skills(), content.jdKeywords(), content.interviewQuestions(),
                    content.checklist()));
            return guides.publish(created.getId(), created.getVersion()).getGuideId();
        });
    }

    private TargetRole role(UserAccount consultant, Candidate candidate, long guideId) {
        return fixtures.as(consultant, () -> targetRoles.add(candidate.getId(), guideId,
                new TargetRoleForm(1, List.of(), TargetRoleStatus.PREPARING)));
    }
}
