package com.careerbridge.crm.datarights;

import java.util.Map;

import com.careerbridge.crm.account.ApiTokenService;
import com.careerbridge.crm.account.InvalidCredentialsException;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.notification.MailDispatcher;
import com.careerbridge.crm.privacy.CandidateErased;
import com.careerbridge.crm.privacy.CandidateErasing;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.sync.Tombstones;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.PrivacyWorld;
import com.careerbridge.testsupport.PrivacyWorld.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Erasure: nothing of the person anywhere in the database afterwards, statistics kept, everyone else untouched. */
@CoreIntegrationTest
@RecordApplicationEvents
class CandidateErasureIT {

    @Autowired Fixtures fixtures;
    @Autowired PrivacyWorld world;
    @Autowired CandidateErasure erasure;
    @Autowired CandidateService candidates;
    @Autowired MailDispatcher dispatcher;
    @Autowired ApiTokenService apiTokens;
    @Autowired Tombstones tombstones;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void afterErasureNoTextColumnOfAnyTableHoldsTheNameTheAddressOrThePhone() {
        UserAccount admin = fixtures.admin();
        UserAccount consultant = fixtures.consultant("Eraser's consultant");
        Person erased = world.person(consultant, 0);
        Person control = world.person(consultant, 1);
        world.invite(consultant, erased);
        PersonalDataScan scan = new PersonalDataScan(jdbc);
        String mails = """
                select count(*) from mail_outbox where ((recipient_kind = 'USER' and recipient_id = ?)
                    or (recipient_kind = 'CANDIDATE' and recipient_id = ?)) and status in (%s)""";
        assertThat(jdbc.queryForObject(mails.formatted("'PENDING'"), Integer.class, erased.userId(), erased.id()))
                .as("mail still waiting").isPositive();
        assertThat(jdbc.queryForObject(mails.formatted("'SENT', 'CAPTURED'"), Integer.class, erased.userId(), erased.id()))
                .as("mail already gone out").isPositive();

        // The scan sees the person wherever they were written before (so that "0 hits" below means something).
        Map<String, Integer> nameBefore = scan.find(erased.name());
        assertThat(nameBefore).containsKeys("candidate.full_name", "candidate.staff_notes", "user_account.display_name",
                "coaching_session.private_notes", "coaching_session.shared_summary", "session_action_item.description",
                "assignment.message", "mail_outbox.recipient_name", "mail_outbox.body_text");
        assertThat(scan.find(erased.email())).containsKeys("candidate.email", "user_account.email",
                "mail_outbox.recipient_address", "login_failure.subject", "coaching_session.private_notes");
        assertThat(scan.find(erased.phone())).containsKeys("candidate.phone", "candidate.staff_notes");
        assertThat(scan.findDigits(erased.phoneDigits())).containsKeys("candidate.phone");
        Map<String, Integer> controlBefore = everything(scan, control);

        fixtures.as(admin, () -> erasure.erase(erased.id()));

        assertThat(scan.find(erased.name())).as("name").isEmpty();
        assertThat(scan.find(erased.email())).as("e-mail").isEmpty();
        assertThat(scan.find(erased.phone())).as("phone").isEmpty();
        assertThat(scan.findDigits(erased.phoneDigits())).as("phone digits").isEmpty();
        assertThat(everything(scan, control)).as("the other candidate is untouched").isEqualTo(controlBefore);

        // Statistics stay: the row, its status, sessions with their rating, readiness history.
        assertThat(jdbc.queryForObject("select pipeline_status from candidate where id = ?", String.class, erased.id()))
                .isEqualTo("LEAD");
        assertThat(jdbc.queryForObject("select count(*) from coaching_session where candidate_id = ?", Integer.class,
                erased.id())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select mock_rating from coaching_session where id = ?", Integer.class,
                erased.sessionId())).isEqualTo(4);
        assertThat(jdbc.queryForObject("""
                select count(*) from readiness_snapshot s join target_role r on r.id = s.target_role_id
                where r.candidate_id = ?""", Integer.class, erased.id())).isPositive();
        assertThat(jdbc.queryForObject("select status from coaching_session where id = ?", String.class,
                erased.upcomingSessionId())).isEqualTo("CANCELLED");

        // The login is dead, API clients drop the candidate, people no longer find them.
        assertThatThrownBy(() -> apiTokens.login(erased.email(), Fixtures.PASSWORD, "203.0.113.7"))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(apiTokens.authenticate(erased.apiSignIn().accessToken())).isEmpty();
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, erased.userId()))
                .isFalse();
        assertThat(tombstones.removedSince(Tombstones.EntityKind.CANDIDATE, Tombstones.AudienceKind.CONSULTANT,
                consultant.getId(), java.time.Instant.now().minusSeconds(60))).containsExactly(erased.id());
        assertThatThrownBy(() -> fixtures.as(admin, () -> candidates.get(erased.id()))).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed where candidate_id = ?", Integer.class,
                erased.id())).isZero();

        assertThat(events.stream(CandidateErasing.class)).hasSize(1);
        assertThat(events.stream(CandidateErased.class)).containsExactly(new CandidateErased(erased.id(), admin.getId()));

        // Twice is fine, and changes nothing.
        assertThat(fixtures.as(admin, () -> erasure.erase(erased.id()))).isFalse();
        assertThat(events.stream(CandidateErasing.class)).hasSize(1);
    }

    @Test
    void mailStillWaitingForThePersonIsNeverSent() {
        UserAccount admin = fixtures.admin();
        UserAccount consultant = fixtures.consultant("Mail consultant");
        Person person = world.person(consultant, 2);
        String waiting = """
                select count(*) from mail_outbox where recipient_kind = 'USER' and recipient_id = ? and template = 'invitation'
                  and status = 'PENDING' and due_at <= now()""";
        assertThat(jdbc.queryForObject(waiting, Integer.class, person.userId())).as("the invitation is due").isEqualTo(1);

        fixtures.as(admin, () -> erasure.erase(person.id()));
        dispatcher.dispatchDue();

        assertThat(jdbc.queryForObject("""
                select count(*) from mail_outbox where ((recipient_kind = 'USER' and recipient_id = ?)
                    or (recipient_kind = 'CANDIDATE' and recipient_id = ?))
                  and (status in ('PENDING', 'SENDING') or (template = 'invitation' and sent_at is not null))""",
                Integer.class, person.userId(), person.id())).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from mail_outbox where recipient_kind = 'USER' and recipient_id = ? and template = 'invitation'
                  and status = 'SKIPPED'""", Integer.class, person.userId())).isEqualTo(1);
    }

    @Test
    void aConsultantCannotEraseAndNothingChanges() {
        UserAccount consultant = fixtures.consultant("Would-be eraser");
        Person person = world.person(consultant, 3);
        PersonalDataScan scan = new PersonalDataScan(jdbc);
        Map<String, Integer> before = everything(scan, person);

        assertThatThrownBy(() -> fixtures.as(consultant, () -> erasure.erase(person.id())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fixtures.as(person.userId(), () -> erasure.erase(person.id())))
                .isInstanceOf(ForbiddenException.class);

        assertThat(everything(scan, person)).isEqualTo(before);
        assertThat(fixtures.as(consultant, () -> candidates.get(person.id())).isErased()).isFalse();
        assertThat(events.stream(CandidateErasing.class)).isEmpty();
    }

    private static Map<String, Integer> everything(PersonalDataScan scan, Person person) {
        Map<String, Integer> hits = new java.util.TreeMap<>();
        scan.find(person.name()).forEach((column, count) -> hits.put("name " + column, count));
        scan.find(person.email()).forEach((column, count) -> hits.put("email " + column, count));
        scan.find(person.phone()).forEach((column, count) -> hits.put("phone " + column, count));
        scan.findDigits(person.phoneDigits()).forEach((column, count) -> hits.put("digits " + column, count));
        return hits;
    }
}
