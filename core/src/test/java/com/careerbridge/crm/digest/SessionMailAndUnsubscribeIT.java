package com.careerbridge.crm.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import java.util.Map;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.notification.UnsubscribeTokens;
import com.careerbridge.crm.notification.Unsubscriptions;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class SessionMailAndUnsubscribeIT extends DigestIntegrationTestBase {

    static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    static final String MAIL_HOST = "crm.careerbridge.test";

    @Autowired SessionService sessions;
    @Autowired Unsubscriptions unsubscriptions;
    @Autowired UnsubscribeTokens tokens;
    @Autowired TransactionTemplate transactions;

    @Test
    void a_scheduled_session_gets_one_reminder_a_day_before_moving_replans_it_and_cancelling_withdraws_it()
            throws Exception {
        clock.set(NOW);
        UserAccount consultant = fixtures.consultant("김민지");
        // No consent to progress e-mails: session mail is a service mail and goes anyway.
        Candidate candidate = candidate(consultant, "Jane Doe", Language.EN, "Europe/Berlin");
        CoachingSession session = fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                plan(LocalDateTime.of(2026, 11, 30, 15, 0))));
        Instant start = Instant.parse("2026-11-30T06:00:00Z");
        String firstReminder = "reminder:" + session.getId() + ":" + start;

        String scheduled = "scheduled:" + session.getId();
        assertThat(rowsFor(candidate)).containsExactlyInAnyOrderEntriesOf(Map.of(firstReminder, "PENDING",
                scheduled, "PENDING"));
        assertThat(dueOf(firstReminder)).isEqualTo(start.minus(Duration.ofHours(24)));
        // the news of the plan goes at once, with the session's calendar entry
        dispatcher.dispatchDue();
        net.fortuna.ical4j.model.Calendar planned = MailSink.calendar(MailSink.receivedBy(candidate.getEmail().value())
                .stream().filter(mail -> subject(mail).contains("Coaching session on")).findFirst().orElseThrow());
        assertThat(property(planned, "METHOD")).isEqualTo("REQUEST");
        assertThat(eventProperty(planned, "DTSTART")).isEqualTo("20261130T060000Z");

        CoachingSession current = fixtures.as(consultant, () -> sessions.get(session.getId()));
        fixtures.as(consultant, () -> sessions.reschedule(session.getId(), current.getVersion(),
                plan(LocalDateTime.of(2026, 12, 1, 10, 0))));
        Instant newStart = Instant.parse("2026-12-01T01:00:00Z");
        String secondReminder = "reminder:" + session.getId() + ":" + newStart;
        String moved = "moved:" + session.getId() + ":" + newStart;
        assertThat(rowsFor(candidate)).containsExactlyInAnyOrderEntriesOf(Map.of(
                firstReminder, "CANCELLED", secondReminder, "PENDING", moved, "PENDING", scheduled, "SENT"));
        assertThat(dueOf(secondReminder)).isEqualTo(newStart.minus(Duration.ofHours(24)));
        assertThat(dueOf(moved)).isEqualTo(NOW);

        dispatcher.dispatchDue();
        assertThat(MailSink.receivedBy(candidate.getEmail().value())).hasSize(2)
                .filteredOn(mail -> subject(mail).contains("moved")).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains("Coaching session moved to Tue, 1 Dec 2026, 2:00 AM CET");
            assertThat(MailSink.textAndHtml(mail)[0]).contains("Was: Mon, 30 Nov 2026, 7:00 AM CET")
                    .contains("with 김민지");
        });
        // the mail carries the session's calendar entry, which calendars update in place
        net.fortuna.ical4j.model.Calendar request = MailSink.calendar(MailSink.receivedBy(candidate.getEmail().value())
                .stream().filter(mail -> subject(mail).contains("moved")).findFirst().orElseThrow());
        assertThat(request).as("a text/calendar alternative").isNotNull();
        assertThat(property(request, "METHOD")).isEqualTo("REQUEST");
        assertThat(eventProperty(request, "UID")).isEqualTo("session-" + session.getId() + "@" + MAIL_HOST);
        assertThat(eventProperty(request, "DTSTART")).isEqualTo("20261201T010000Z");
        assertThat(eventProperty(request, "ATTENDEE")).isEqualToIgnoringCase("mailto:" + candidate.getEmail().value());
        assertThat(eventProperty(request, "SUMMARY")).contains("Coaching session moved");
        int requestSequence = Integer.parseInt(eventProperty(request, "SEQUENCE"));
        assertThat(eventProperty(planned, "UID")).isEqualTo(eventProperty(request, "UID"));
        assertThat(requestSequence).isGreaterThan(Integer.parseInt(eventProperty(planned, "SEQUENCE")));

        CoachingSession again = fixtures.as(consultant, () -> sessions.get(session.getId()));
        fixtures.as(consultant, () -> sessions.cancel(session.getId(), again.getVersion()));
        assertThat(rowsFor(candidate)).containsEntry(secondReminder, "CANCELLED")
                .containsEntry("cancelled:" + session.getId(), "PENDING");

        clock.set(newStart.minus(Duration.ofHours(23)));
        dispatcher.dispatchDue();
        assertThat(MailSink.receivedBy(candidate.getEmail().value())).hasSize(3)
                .last().satisfies(mail -> assertThat(mail.getSubject()).contains("cancelled"));
        net.fortuna.ical4j.model.Calendar cancel = MailSink.calendar(
                MailSink.receivedBy(candidate.getEmail().value()).getLast());
        assertThat(property(cancel, "METHOD")).isEqualTo("CANCEL");
        assertThat(eventProperty(cancel, "UID")).as("the same entry").isEqualTo(eventProperty(request, "UID"));
        assertThat(Integer.parseInt(eventProperty(cancel, "SEQUENCE"))).as("a later version of it")
                .isGreaterThan(requestSequence);
        assertThat(eventProperty(cancel, "STATUS")).isEqualTo("CANCELLED");
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String property(net.fortuna.ical4j.model.Calendar calendar, String name) {
        java.util.Optional<net.fortuna.ical4j.model.Property> found = calendar.getProperty(name);
        return found.map(net.fortuna.ical4j.model.Property::getValue).orElse(null);
    }

    private static String eventProperty(net.fortuna.ical4j.model.Calendar calendar, String name) {
        java.util.Optional<net.fortuna.ical4j.model.component.VEvent> event = calendar.getComponent("VEVENT");
        java.util.Optional<net.fortuna.ical4j.model.Property> found = event.flatMap(e -> e.getProperty(name));
        return found.map(net.fortuna.ical4j.model.Property::getValue).orElse(null);
    }

    @Test
    void the_reason_given_when_cancelling_is_kept_and_told_to_the_candidate_in_their_language() throws Exception {
        clock.set(NOW);
        UserAccount consultant = fixtures.consultant("Coach");
        Candidate english = candidate(consultant, "Reason Reader", Language.EN, "Asia/Seoul");
        Candidate korean = candidate(consultant, "사유 독자", Language.KO, "Asia/Seoul");
        CoachingSession first = fixtures.as(consultant, () -> sessions.schedule(english.getId(),
                plan(LocalDateTime.of(2026, 11, 30, 15, 0))));
        CoachingSession second = fixtures.as(consultant, () -> sessions.schedule(korean.getId(),
                plan(LocalDateTime.of(2026, 11, 30, 17, 0))));

        fixtures.as(consultant, () -> sessions.cancel(first.getId(), first.getVersion(), "  The office is closed that day. "));
        fixtures.as(consultant, () -> sessions.cancel(second.getId(), second.getVersion(), "사무실 휴무"));
        dispatcher.dispatchDue();

        assertThat(fixtures.as(consultant, () -> sessions.get(first.getId())).getCancellationReason())
                .isEqualTo("The office is closed that day.");
        assertThat(MailSink.receivedBy(english.getEmail().value())).singleElement().satisfies(mail -> {
            assertThat(MailSink.textAndHtml(mail)[0]).contains("Reason: The office is closed that day.");
            assertThat(MailSink.textAndHtml(mail)[1]).contains("The office is closed that day.");
        });
        assertThat(MailSink.receivedBy(korean.getEmail().value())).singleElement().satisfies(mail ->
                assertThat(MailSink.textAndHtml(mail)[0]).contains("사유: 사무실 휴무"));
    }

    @Test
    void the_reminder_goes_out_when_its_day_comes() {
        clock.set(NOW);
        UserAccount consultant = fixtures.consultant("Coach");
        Candidate candidate = candidate(consultant, "박서연", Language.KO, "Asia/Seoul");
        CoachingSession session = fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                plan(LocalDateTime.of(2026, 11, 30, 15, 0))));

        clock.set(Instant.parse("2026-11-29T05:59:00Z"));
        dispatcher.dispatchDue();
        assertThat(MailSink.receivedBy(candidate.getEmail().value())).as("only the news of the plan")
                .singleElement().satisfies(mail ->
                        assertThat(mail.getSubject()).contains("코칭 세션 안내: 2026년 11월 30일 (월) 오후 3:00"));
        clock.set(Instant.parse("2026-11-29T06:00:00Z"));
        dispatcher.dispatchDue();
        assertThat(MailSink.receivedBy(candidate.getEmail().value())).hasSize(2).last().satisfies(mail ->
                assertThat(mail.getSubject()).contains("코칭 세션 알림: 2026년 11월 30일 (월) 오후 3:00"));
        assertThat(statusOf("reminder:" + session.getId() + ":2026-11-30T06:00:00Z")).isEqualTo("SENT");
    }

    @Test
    void unsubscribing_turns_progress_mail_off_for_that_candidate_only_and_a_digest_planned_before_is_skipped() {
        clock.set(WeeklyDigestIT.MONDAY_W49_SEOUL);
        UserAccount consultant = fixtures.consultant("Coach");
        Candidate leaving = consenting(consultant, "Leaving", Language.EN, "Asia/Seoul");
        Candidate staying = consenting(consultant, "Staying", Language.EN, "Asia/Seoul");
        digests.planDue();
        String leavingDigest = "digest:" + leaving.getId() + ":2026-W49";
        String stayingDigest = "digest:" + staying.getId() + ":2026-W49";
        assertThat(statusOf(leavingDigest)).isEqualTo("PENDING");

        var result = transactions.execute(status -> unsubscriptions.unsubscribe(tokens.issue(leaving.getId())));

        assertThat(result).hasValue(leaving.getId());
        assertThat(fixtures.as(consultant, () -> candidates.get(leaving.getId())).isProgressEmailsEnabled()).isFalse();
        assertThat(fixtures.as(consultant, () -> candidates.get(staying.getId())).isProgressEmailsEnabled()).isTrue();
        dispatcher.dispatchDue();
        assertThat(statusOf(leavingDigest)).isEqualTo("SKIPPED");
        assertThat(jdbc.queryForObject("select last_error from mail_outbox where message_key = ?", String.class,
                leavingDigest)).isEqualTo("unsubscribed");
        assertThat(statusOf(stayingDigest)).isEqualTo("SENT");
        assertThat(MailSink.receivedBy(leaving.getEmail().value())).isEmpty();

        // Unsubscribing twice is harmless; a forged token changes nothing.
        java.util.OptionalLong twice = transactions.execute(status -> unsubscriptions.unsubscribe(tokens.issue(leaving.getId())));
        java.util.OptionalLong forged = transactions.execute(status -> unsubscriptions.unsubscribe(staying.getId() + ".forged"));
        assertThat(twice).hasValue(leaving.getId());
        assertThat(forged).isEmpty();
        assertThat(fixtures.as(consultant, () -> candidates.get(staying.getId())).isProgressEmailsEnabled()).isTrue();

        clock.advance(Duration.ofDays(7));
        digests.planDue();
        assertThat(digestKeys(leaving.getId())).containsExactly(leavingDigest);
    }

    private Map<String, String> rowsFor(Candidate candidate) {
        Map<String, String> rows = new java.util.HashMap<>();
        jdbc.query("select message_key, status from mail_outbox where recipient_id = ? and recipient_kind = 'CANDIDATE'",
                rs -> {
                    rows.put(rs.getString(1), rs.getString(2));
                }, candidate.getId());
        return rows;
    }

    private static SessionPlan plan(LocalDateTime startInSeoul) {
        return new SessionPlan(startInSeoul, startInSeoul.plusMinutes(60), "Asia/Seoul", SessionMode.ONLINE, null,
                null);
    }

}
