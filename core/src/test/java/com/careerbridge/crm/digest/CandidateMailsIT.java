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

        assertThat(seenByMine).extracting(OutboxEntry::recipientId).containsOnly(myCandidate.getId()).hasSize(1);
        assertThat(fixtures.as(mine, () -> mails.count(OutboxFilter.all()))).isEqualTo(1);
        assertThat(seenByAdmin).extracting(OutboxEntry::recipientId)
                .contains(myCandidate.getId(), theirCandidate.getId());
        assertThatThrownBy(() -> fixtures.as(mine, () -> mails.find(theirMailId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(mine, () -> mails.list(OutboxFilter.forCandidate(theirCandidate.getId()), 0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(mine, () -> mails.list(new OutboxFilter(myCandidate.getId(), OutboxStatus.PENDING, null), 0, 10)))
                .hasSize(1);
        assertThat(fixtures.as(mine, () -> mails.list(new OutboxFilter(null, OutboxStatus.SENT, null), 0, 10))).isEmpty();
        assertThat(fixtures.as(admin, () -> mails.find(theirMailId)).entry().recipientId()).isEqualTo(theirCandidate.getId());
    }

    private void schedule(UserAccount consultant, Candidate candidate, LocalDateTime start) {
        fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                new SessionPlan(start, start.plusMinutes(60), "Asia/Seoul", SessionMode.ONLINE, null, null)));
    }
}
