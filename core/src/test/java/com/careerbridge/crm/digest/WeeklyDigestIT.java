package com.careerbridge.crm.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentDetails;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.notification.WeeklyDigestMail;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionOutcome;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyDigestIT extends DigestIntegrationTestBase {

    /** Monday 23 November 2026, 09:30 in Seoul. */
    static final Instant MONDAY_W48_SEOUL = Instant.parse("2026-11-23T00:30:00Z");
    /** Monday 30 November 2026, 09:05 in Seoul. */
    static final Instant MONDAY_W49_SEOUL = Instant.parse("2026-11-30T00:05:00Z");
    static final String SEOUL = "Asia/Seoul";

    @Autowired TargetRoleService targetRoles;
    @Autowired AssignmentService assignments;
    @Autowired SessionService sessions;

    @Test
    void a_week_of_real_progress_reads_as_before_and_after_in_korean_and_english() throws Exception {
        clock.set(MONDAY_W48_SEOUL);
        UserAccount consultant = fixtures.consultant("김민지");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "박서연");
        optIn(consultant, candidate, java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0));
        GuideSummary guide = fixtures.guide("sales-analyst");
        TargetRole role = fixtures.as(consultant, () -> targetRoles.add(candidate.getId(), guide.guideId(),
                new TargetRoleForm(1, List.of("Google Korea"), TargetRoleStatus.PREPARING)));
        long assignmentId = fixtures.as(consultant, () -> assignments.assign(guide.guideId(), List.of(candidate.getId()),
                LocalDate.of(2026, 12, 4), null)).created().getFirst().getId();
        // Readiness snapshots are told apart by time: each step a minute later, as in real life.
        clock.advance(Duration.ofMinutes(1));
        AssignmentDetails opened = fixtures.as(candidate.getUserId(), () -> assignments.open(assignmentId));
        String first = opened.checklist().get(0).item().key();
        clock.advance(Duration.ofMinutes(1));
        fixtures.as(candidate.getUserId(), () -> assignments.markItem(assignmentId, first, true));
        CoachingSession mock = fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                plan(LocalDateTime.of(2026, 11, 24, 15, 0), "강남 오피스")));
        clock.advance(Duration.ofMinutes(1));
        Instant firstDigestAt = clock.instant();

        assertThat(digests.planDue()).isGreaterThanOrEqualTo(1);
        assertThat(digestKeys(candidate.getId())).containsExactly("digest:" + candidate.getId() + ":2026-W48");
        dispatcher.dispatchDue();
        int before = fixtures.as(consultant, () -> targetRoles.get(role.getId())).getReadiness();

        // The week: two more items ticked, the mock session completed with a summary and two action items.
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        String second = opened.checklist().get(1).item().key();
        String third = opened.checklist().get(2).item().key();
        fixtures.as(candidate.getUserId(), () -> assignments.markItem(assignmentId, second, true));
        clock.advance(Duration.ofMinutes(1));
        fixtures.as(candidate.getUserId(), () -> assignments.markItem(assignmentId, third, true));
        clock.advance(Duration.ofMinutes(1));
        CoachingSession reloaded = fixtures.as(consultant, () -> sessions.get(mock.getId()));
        fixtures.as(consultant, () -> sessions.complete(mock.getId(), reloaded.getVersion(), new SessionOutcome(
                "private: nervous", "Strong answers on pipeline metrics; practise the case study.",
                List.of(new SessionOutcome.NewActionItem(null, "Send the case study draft", LocalDate.of(2026, 11, 27)),
                        new SessionOutcome.NewActionItem(null, "Read two annual reports", LocalDate.of(2026, 12, 3))),
                null, null)));
        fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                plan(LocalDateTime.of(2026, 12, 2, 15, 0), null)));
        int after = fixtures.as(consultant, () -> targetRoles.get(role.getId())).getReadiness();
        assertThat(after).isGreaterThan(before);

        clock.set(MONDAY_W49_SEOUL);
        DigestPreview korean = fixtures.as(consultant, () -> digests.preview(candidate.getId()));
        WeeklyDigestMail model = korean.model();
        assertThat(model.nothingChanged()).isFalse();
        assertThat(model.since()).isEqualTo(firstDigestAt);
        assertThat(model.readiness()).singleElement().satisfies(line -> {
            assertThat(line.title()).isEqualTo(guide.titleKo());
            assertThat(line.before()).isEqualTo(before);
            assertThat(line.now()).isEqualTo(after);
        });
        String secondText = opened.checklist().get(1).item().text().ko();
        String thirdText = opened.checklist().get(2).item().text().ko();
        assertThat(model.completed()).containsExactlyInAnyOrder(secondText, thirdText);
        assertThat(model.overdue()).extracting(WeeklyDigestMail.DueItem::title).containsExactly("Send the case study draft");
        assertThat(model.open()).extracting(WeeklyDigestMail.DueItem::title)
                .containsExactly("Read two annual reports", guide.titleKo());
        assertThat(model.sessions()).singleElement().satisfies(s ->
                assertThat(s.start()).isEqualTo(Instant.parse("2026-12-02T06:00:00Z")));
        assertThat(model.latestSummary()).isEqualTo("Strong answers on pipeline metrics; practise the case study.");
        assertThat(korean.text())
                .contains("안녕하세요, 박서연님.")
                .contains("준비도").contains("- " + guide.titleKo() + ": " + before + " → " + after)
                .contains("완료한 항목").contains("- " + secondText)
                .contains("기한이 지난 항목").contains("- Send the case study draft (기한 2026년 11월 27일 (금))")
                .contains("남은 항목").contains("- Read two annual reports (기한 2026년 12월 3일 (목))")
                .contains("앞으로 7일간의 세션").contains("2026년 12월 2일 (수) 오후 3:00, 60분, 김민지 컨설턴트")
                .contains("Strong answers on pipeline metrics")
                .doesNotContain("private: nervous")
                .contains("CareerBridge Coaching")
                .contains("https://crm.careerbridge.test/unsubscribe?token=");
        assertThat(korean.subject()).isEqualTo("[CareerBridge Coaching] 이번 주 진행 상황 (2026년 11월 23일 (월) 이후)");

        // The same week in English, as the real mail: planned by the scheduler and sent over SMTP.
        fixtures.as(consultant, () -> candidates.changeLanguage(candidate.getId(), Language.EN));
        digests.planDue();
        dispatcher.dispatchDue();
        assertThat(statusOf("digest:" + candidate.getId() + ":2026-W49")).isEqualTo("SENT");
        MimeMessage mail = MailSink.receivedBy(candidate.getEmail().value()).getLast();
        String[] body = MailSink.textAndHtml(mail);
        assertThat(mail.getSubject()).isEqualTo("[CareerBridge Coaching] Your week: progress since Mon, 23 Nov 2026");
        assertThat(body[0]).contains("Hello 박서연,")
                .contains("- " + guide.titleEn() + ": " + before + " → " + after)
                .contains("- " + opened.checklist().get(1).item().text().en())
                .contains("OVERDUE").contains("- Send the case study draft (was due Fri, 27 Nov 2026)")
                .contains("STILL OPEN").contains("- Read two annual reports (due Thu, 3 Dec 2026)")
                .contains("Wed, 2 Dec 2026, 3:00 PM KST, 60 minutes with 김민지")
                .contains("FROM YOUR CONSULTANT")
                .doesNotContain("Nothing new to report");
        assertThat(body[1]).contains("<strong>" + after + "</strong>").contains(before + " → ");
        assertThat(mail.getHeader("List-Unsubscribe", null))
                .startsWith("<https://crm.careerbridge.test/api/v1/unsubscribe?token=");
    }

    @Test
    void a_quiet_week_brings_encouragement_not_a_blank_mail_and_nobody_gets_one_without_consent() throws Exception {
        clock.set(MONDAY_W49_SEOUL);
        UserAccount consultant = fixtures.consultant("Coach");
        Candidate quiet = consenting(consultant, "Quiet One", Language.EN, SEOUL);
        Candidate quietKorean = consenting(consultant, "조용한 후보", Language.KO, SEOUL);
        Candidate notAsked = candidate(consultant, "Did Not Ask", Language.EN, SEOUL);

        digests.planDue();
        dispatcher.dispatchDue();

        assertThat(digestKeys(notAsked.getId())).isEmpty();
        assertThat(MailSink.receivedBy(notAsked.getEmail().value())).isEmpty();
        String english = MailSink.textAndHtml(MailSink.receivedBy(quiet.getEmail().value()).getFirst())[0];
        assertThat(english).contains("Nothing new to report this week").contains("Open your portal")
                .doesNotContain("READINESS").doesNotContain("COMPLETED");
        String korean = MailSink.textAndHtml(MailSink.receivedBy(quietKorean.getEmail().value()).getFirst())[0];
        assertThat(korean).contains("이번 주에는 새로운 변화가 없었습니다").doesNotContain("완료한 항목");
    }

    @Test
    void a_guide_assigned_this_week_is_news_even_without_a_due_date() {
        clock.set(MONDAY_W49_SEOUL.minus(java.time.Duration.ofDays(2)));
        UserAccount consultant = fixtures.consultant("Coach");
        Candidate candidate = consenting(consultant, "Fresh Start", Language.EN, SEOUL);
        GuideSummary guide = fixtures.guide("sales-analyst");
        fixtures.as(consultant, () -> assignments.assign(guide.guideId(), List.of(candidate.getId()), null, null));
        clock.set(MONDAY_W49_SEOUL);

        DigestPreview preview = fixtures.as(consultant, () -> digests.preview(candidate.getId()));

        assertThat(preview.model().newGuides()).containsExactly(guide.titleEn());
        assertThat(preview.model().nothingChanged()).as("a new guide is something to tell").isFalse();
        assertThat(preview.text()).contains("NEW GUIDES FOR YOU").contains(guide.titleEn())
                .doesNotContain("Nothing new to report");
    }

    @Autowired com.careerbridge.crm.application.JobApplications jobApplications;
    @Autowired com.careerbridge.crm.application.JobInterviews jobInterviews;

    @Test
    void an_application_that_moved_and_an_interview_this_week_are_in_the_digest() {
        clock.set(MONDAY_W49_SEOUL.minus(java.time.Duration.ofDays(2)));
        UserAccount consultant = fixtures.consultant("Coach");
        Candidate candidate = consenting(consultant, "Job Hunter", Language.EN, SEOUL);
        var role = fixtures.as(consultant, () -> targetRoles.add(candidate.getId(),
                fixtures.guide("sales-analyst").guideId(), new com.careerbridge.crm.targetrole.TargetRoleForm(1,
                        List.of(), com.careerbridge.crm.targetrole.TargetRoleStatus.APPLYING)));
        var sent = fixtures.as(consultant, () -> jobApplications.create(candidate.getId(), role.getId(),
                com.careerbridge.crm.application.ApplicationStage.APPLIED, new com.careerbridge.crm.application
                        .ApplicationForm("Hanbit Medical", "Sales Analyst", null, null,
                        com.careerbridge.crm.application.ApplicationSource.REFERRAL, null, null, null, null)));
        fixtures.as(consultant, () -> jobInterviews.schedule(sent.getId(), new com.careerbridge.crm.application
                .InterviewPlan(java.time.LocalDateTime.ofInstant(MONDAY_W49_SEOUL, java.time.ZoneId.of(SEOUL)).plusDays(2)
                .withHour(10), SEOUL, null, com.careerbridge.crm.application.InterviewFormat.VIDEO, null, null)));
        clock.set(MONDAY_W49_SEOUL);

        DigestPreview preview = fixtures.as(consultant, () -> digests.preview(candidate.getId()));

        assertThat(preview.model().applications()).extracting(m -> m.company() + " " + m.stage())
                .containsExactly("Hanbit Medical INTERVIEWING");
        assertThat(preview.model().interviews()).singleElement().satisfies(i -> assertThat(i.round()).isOne());
        assertThat(preview.model().nothingChanged()).as("a moved application is something to tell").isFalse();
        assertThat(preview.text()).contains("- Hanbit Medical, Sales Analyst: interviewing")
                .contains("Hanbit Medical, round 1, video call");
    }

    @Test
    void one_digest_per_iso_week_even_when_the_planner_runs_again_or_on_two_instances_at_once() throws Exception {
        clock.set(MONDAY_W49_SEOUL);
        UserAccount consultant = fixtures.consultant("Coach");
        List<Candidate> many = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> consenting(consultant, "Candidate " + i, Language.KO, SEOUL)).toList();

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> awaitThen(start, digests::planDue));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> awaitThen(start, digests::planDue));
        start.countDown();
        int planned = one.get() + two.get();
        clock.advance(Duration.ofHours(5));
        int again = digests.planDue();

        for (Candidate candidate : many) {
            assertThat(digestKeys(candidate.getId())).containsExactly("digest:" + candidate.getId() + ":2026-W49");
        }
        assertThat(planned).as("other tests' candidates may be due too").isGreaterThanOrEqualTo(many.size());
        assertThat(again).isZero();
        dispatcher.dispatchDue();
        for (Candidate candidate : many) {
            assertThat(MailSink.receivedBy(candidate.getEmail().value())).hasSize(1);
        }

        clock.set(MONDAY_W49_SEOUL.plus(Duration.ofDays(7)));
        digests.planDue();
        assertThat(digestKeys(many.getFirst().getId())).containsExactly(
                "digest:" + many.getFirst().getId() + ":2026-W49", "digest:" + many.getFirst().getId() + ":2026-W50");
    }

    @Test
    void monday_nine_oclock_is_local_time_in_seoul_and_in_berlin() {
        UserAccount consultant = fixtures.consultant("Coach");
        Candidate seoul = consenting(consultant, "In Seoul", Language.KO, SEOUL);
        Candidate berlin = consenting(consultant, "In Berlin", Language.EN, "Europe/Berlin");

        clock.set(Instant.parse("2026-11-29T23:59:00Z")); // Mon 08:59 in Seoul, Mon 00:59 in Berlin
        digests.planDue();
        assertThat(digestKeys(seoul.getId())).isEmpty();
        clock.set(Instant.parse("2026-11-30T00:00:00Z")); // 09:00 in Seoul
        digests.planDue();
        assertThat(digestKeys(seoul.getId())).containsExactly("digest:" + seoul.getId() + ":2026-W49");
        assertThat(digestKeys(berlin.getId())).isEmpty();
        clock.set(Instant.parse("2026-11-30T07:59:00Z")); // 08:59 in Berlin (CET)
        digests.planDue();
        assertThat(digestKeys(berlin.getId())).isEmpty();
        clock.set(Instant.parse("2026-11-30T08:00:00Z"));
        digests.planDue();
        assertThat(digestKeys(berlin.getId())).containsExactly("digest:" + berlin.getId() + ":2026-W49");
    }

    @Test
    void berlin_daylight_saving_weeks_in_march_and_october() {
        UserAccount consultant = fixtures.consultant("Coach");
        Candidate monday = consenting(consultant, "Monday Nine", Language.EN, "Europe/Berlin");
        Candidate sundayNight = optIn(consultant, candidate(consultant, "Sunday Night", Language.EN, "Europe/Berlin"),
                java.time.DayOfWeek.SUNDAY, java.time.LocalTime.of(2, 30));

        // Sunday 28 March 2027: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist and becomes 03:30 CEST (01:30Z).
        clock.set(Instant.parse("2027-03-28T01:29:00Z"));
        digests.planDue();
        assertThat(digestKeys(sundayNight.getId())).isEmpty();
        clock.set(Instant.parse("2027-03-28T01:30:00Z"));
        digests.planDue();
        assertThat(digestKeys(sundayNight.getId())).containsExactly("digest:" + sundayNight.getId() + ":2027-W12");
        assertThat(digestKeys(monday.getId())).as("Monday's was planned on Monday 22 March").hasSize(1);

        // Monday 29 March 2027, first week of summer time: 09:00 CEST is 07:00Z, no longer 08:00Z.
        clock.set(Instant.parse("2027-03-29T06:59:00Z"));
        digests.planDue();
        assertThat(digestKeys(monday.getId())).doesNotContain("digest:" + monday.getId() + ":2027-W13");
        clock.set(Instant.parse("2027-03-29T07:00:00Z"));
        digests.planDue();
        assertThat(digestKeys(monday.getId())).contains("digest:" + monday.getId() + ":2027-W13");

        // Sunday 31 October 2027: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice and the first one counts.
        clock.set(Instant.parse("2027-10-31T00:29:00Z"));
        digests.planDue();
        assertThat(digestKeys(sundayNight.getId())).doesNotContain("digest:" + sundayNight.getId() + ":2027-W43");
        clock.set(Instant.parse("2027-10-31T00:30:00Z")); // 02:30 CEST
        digests.planDue();
        clock.set(Instant.parse("2027-10-31T01:30:00Z")); // 02:30 CET, the same local time again
        digests.planDue();
        assertThat(digestKeys(sundayNight.getId()).stream().filter(k -> k.endsWith("2027-W43")).toList()).hasSize(1);
        assertThat(dueOf("digest:" + sundayNight.getId() + ":2027-W43")).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    }

    @Test
    void preview_and_send_now_are_for_the_candidates_own_consultant_and_do_not_take_the_weekly_digests_place() {
        clock.set(Instant.parse("2026-11-25T01:00:00Z")); // a Wednesday
        UserAccount consultant = fixtures.consultant("Coach");
        UserAccount other = fixtures.consultant("Other Coach");
        Candidate candidate = consenting(consultant, "Mine", Language.EN, SEOUL);
        Candidate offMail = candidate(consultant, "No Mail", Language.EN, SEOUL);

        assertThatThrownBy(() -> fixtures.as(other, () -> digests.preview(candidate.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> digests.sendNow(candidate.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(consultant, () -> digests.sendNow(offMail.getId())))
                .isInstanceOf(com.careerbridge.crm.shared.ConflictException.class);

        DigestPreview preview = fixtures.as(consultant, () -> digests.preview(candidate.getId()));
        assertThat(preview.text()).contains("Hello Mine,");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class))
                .as("a preview plans nothing").isZero();
        long id = fixtures.as(consultant, () -> digests.sendNow(candidate.getId()));
        dispatcher.dispatchDue();
        assertThat(jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, id)).isEqualTo("SENT");
        assertThat(digestKeys(candidate.getId())).isEmpty();

        clock.set(Instant.parse("2026-11-25T01:05:00Z"));
        assertThatThrownBy(() -> fixtures.as(consultant, () -> digests.sendNow(candidate.getId())))
                .as("a second click five minutes later would only repeat the mail")
                .isInstanceOf(com.careerbridge.crm.shared.ConflictException.class)
                .hasMessage("conflict.digest-just-sent");
        clock.set(Instant.parse("2026-11-25T01:11:00Z"));
        long again = fixtures.as(consultant, () -> digests.sendNow(candidate.getId()));
        assertThat(again).as("after the pause it may be sent again").isNotEqualTo(id);
        dispatcher.dispatchDue();

        clock.set(MONDAY_W49_SEOUL);
        digests.planDue();
        assertThat(digestKeys(candidate.getId())).containsExactly("digest:" + candidate.getId() + ":2026-W49");
    }

    private static SessionPlan plan(LocalDateTime start, String location) {
        return new SessionPlan(start, start.plusMinutes(60), SEOUL, SessionMode.IN_PERSON, location, "mock interview");
    }

    private static <T> T awaitThen(CountDownLatch latch, java.util.function.Supplier<T> work) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return work.get();
    }
}
