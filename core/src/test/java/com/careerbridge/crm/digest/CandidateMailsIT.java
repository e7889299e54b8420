package com.careerbridge.crm.digest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.notification.OutboxEntry;
import com.careerbridge.crm.notification.OutboxFilter;
import com.careerbridge.crm.notification.OutboxStatus;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandidateMailsIT extends DigestIntegrationTestBase {

    @Autowired CandidateMails mails;
    @Autowired SessionService sessions;

    @Test
    void consultants_see_only_their_candidates_mail_and_admins_see_all() {
        clock.set(Instant.parse("2026-11-25T01:00:00Z"));
        UserAccount mine = fixtures.consultant("Mine");
        UserAccount theirs = fixtures.consultant("Theirs");
        UserAccount admin = fixtures.admin();
        Candidate myCandidate = candidate(mine, "Mine Candidate", Language.EN, "Asia/Seoul");
        Candidate theirCandidate = candidate(theirs, "Their Candidate", Language.EN, "Asia/Seoul");
        schedule(mine, myCandidate, LocalDateTime.of(2026, 11, 30, 10, 0));
        schedule(theirs, theirCandidate, LocalDateTime.of(2026, 11, 30, 11, 0));

        List<OutboxEntry> seenByMine = fixtures.as(mine, () -> mails.list(OutboxFilter.all(), 0, 50));
        List<OutboxEntry> seenByAdmin = fixtures.as(admin, () -> mails.list(OutboxFilter.all(), 0, 50));
        long theirMailId = seenByAdmin.stream().filter(e -> e.recipientId() == theirCandidate.getId())
                .findFirst().orElseThrow().id();

        // the news of the planned session and its reminder
        assertThat(seenByMine).extracting(OutboxEntry::recipientId).containsOnly(myCandidate.getId()).hasSize(2);
        assertThat(fixtures.as(mine, () -> mails.count(OutboxFilter.all()))).isEqualTo(2);
        assertThat(seenByAdmin).extracting(OutboxEntry::recipientId)
                .contains(myCandidate.getId(), theirCandidate.getId());
        assertThatThrownBy(() -> fixtures.as(mine, () -> mails.find(theirMailId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(mine, () -> mails.list(OutboxFilter.forCandidate(theirCandidate.getId()), 0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(mine, () -> mails.list(new OutboxFilter(myCandidate.getId(), OutboxStatus.PENDING, null), 0, 10)))
                .hasSize(2);
        assertThat(fixtures.as(mine, () -> mails.list(new OutboxFilter(null, OutboxStatus.SENT, null), 0, 10))).isEmpty();
        assertThat(fixtures.as(admin, () -> mails.find(theirMailId)).entry().recipientId()).isEqualTo(theirCandidate.getId());
    }

    @Autowired com.careerbridge.crm.invitation.InvitationService invitations;

    /**
     * A candidate's portal invitation goes to their login, not to the candidate record: their consultant sees it on
     * the candidate's mail list and in their own, without its content (the link sets the password); another consultant
     * does not see it at all; an admin sees the content (to hand over captured mail).
     */
    @Test
    void the_consultant_sees_their_candidates_invitation_but_never_its_link() {
        clock.set(Instant.parse("2026-11-25T01:00:00Z"));
        UserAccount mine = fixtures.consultant("Mine");
        UserAccount theirs = fixtures.consultant("Theirs");
        UserAccount admin = fixtures.admin();
        Candidate invited = candidate(mine, "Invited Candidate", Language.EN, "Asia/Seoul");
        fixtures.as(mine, () -> invitations.invite(invited.getId()));
        // as captured without an SMTP server: the content is kept
        jdbc.update("update mail_outbox set status = 'CAPTURED', body_html = ?, body_text = ? where template = 'invitation'",
                "<a href=\"https://crm.example/set-password?token=SECRET\">Set</a>", "https://crm.example/set-password?token=SECRET");

        List<OutboxEntry> onThePage = fixtures.as(mine, () -> mails.ofCandidate(invited.getId(), 0, 10).items());
        assertThat(onThePage).extracting(OutboxEntry::template).containsExactly("invitation");
        assertThat(fixtures.as(mine, () -> mails.ofCandidate(invited.getId(), 0, 10).total())).isEqualTo(1);
        assertThat(fixtures.as(mine, () -> mails.list(OutboxFilter.all(), 0, 50))).extracting(OutboxEntry::template)
                .containsExactly("invitation");
        assertThat(fixtures.as(mine, () -> mails.list(OutboxFilter.forCandidate(invited.getId()), 0, 50))).hasSize(1);

        long mailId = onThePage.getFirst().id();
        var seenByConsultant = fixtures.as(mine, () -> mails.find(mailId));
        assertThat(seenByConsultant.withheld()).isTrue();
        assertThat(seenByConsultant.html()).isNull();
        assertThat(seenByConsultant.text()).isNull();
        assertThat(seenByConsultant.entry().subject()).isEqualTo(onThePage.getFirst().subject());

        assertThat(fixtures.as(theirs, () -> mails.list(OutboxFilter.all(), 0, 50))).isEmpty();
        assertThatThrownBy(() -> fixtures.as(theirs, () -> mails.find(mailId))).isInstanceOf(NotFoundException.class);

        var seenByAdmin = fixtures.as(admin, () -> mails.find(mailId));
        assertThat(seenByAdmin.withheld()).isFalse();
        assertThat(seenByAdmin.text()).contains("token=SECRET");
    }

    private void schedule(UserAccount consultant, Candidate candidate, LocalDateTime start) {
        fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                new SessionPlan(start, start.plusMinutes(60), "Asia/Seoul", SessionMode.ONLINE, null, null)));
    }
}
