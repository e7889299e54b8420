package com.careerbridge.crm.sync;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import com.careerbridge.crm.account.InvitationInvalidException;
import com.careerbridge.crm.account.PasswordLinks;
import com.careerbridge.crm.invitation.InvitationService;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.calendar.CalendarFeed;
import com.careerbridge.crm.calendar.CalendarFeedService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The core pieces behind the mobile API: tombstones, calendar-feed secrets, invitation tokens. */
@CoreIntegrationTest
class SyncAndFeedsIT {

    @Autowired Fixtures fixtures;
    @Autowired Tombstones tombstones;
    @Autowired AssignmentService assignments;
    @Autowired CandidateService candidates;
    @Autowired SessionService sessions;
    @Autowired CalendarFeedService feeds;
    @Autowired PasswordLinks links;
    @Autowired InvitationService invitations;
    @Autowired TransactionTemplate transactions;

    @Test
    void removingAnAssignmentAndReassigningACandidateLeaveTombstones() {
        Instant before = Instant.now().minusSeconds(1);
        UserAccount consultant = fixtures.consultant("Tombstone");
        UserAccount other = fixtures.consultant("Receiver");
        Candidate candidate = fixtures.candidate(consultant, "Leaving");
        long assignmentId = fixtures.as(consultant, () -> assignments.assign(fixtures.guide("sales").guideId(),
                List.of(candidate.getId()), null, null).created().getFirst().getId());
        fixtures.as(consultant, () -> assignments.remove(assignmentId, assignments.get(assignmentId).overview().version()));

        assertThat(tombstones.removedSince(Tombstones.EntityKind.ASSIGNMENT, Tombstones.AudienceKind.CANDIDATE,
                candidate.getId(), before)).containsExactly(assignmentId);
        assertThat(tombstones.removedSince(Tombstones.EntityKind.ASSIGNMENT, Tombstones.AudienceKind.CANDIDATE,
                candidate.getId(), Instant.now().plusSeconds(60))).isEmpty();

        UserAccount admin = fixtures.admin();
        fixtures.as(admin, () -> candidates.reassign(candidate.getId(), candidates.get(candidate.getId()).getVersion(),
                other.getId()));
        assertThat(tombstones.removedSince(Tombstones.EntityKind.CANDIDATE, Tombstones.AudienceKind.CONSULTANT,
                consultant.getId(), before)).containsExactly(candidate.getId());

        // back to the first consultant: no longer a deletion for them
        fixtures.as(admin, () -> candidates.reassign(candidate.getId(), candidates.get(candidate.getId()).getVersion(),
                consultant.getId()));
        assertThat(tombstones.removedSince(Tombstones.EntityKind.CANDIDATE, Tombstones.AudienceKind.CONSULTANT,
                consultant.getId(), before)).isEmpty();
        assertThat(tombstones.removedSince(Tombstones.EntityKind.CANDIDATE, Tombstones.AudienceKind.CONSULTANT,
                other.getId(), before)).containsExactly(candidate.getId());
    }

    @Test
    void aCalendarFeedSecretShowsTheCandidatesSessionsUntilRotatedOrRevoked() {
        UserAccount consultant = fixtures.consultant("Feed");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Subscriber");
        long sessionId = fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                Fixtures.plan(LocalDateTime.now().plusDays(3).withNano(0), 60)).getId());

        String secret = fixtures.as(candidate.getUserId(), () -> feeds.rotate());
        CalendarFeed feed = feeds.feed(secret).orElseThrow();
        assertThat(feed.candidateId()).isEqualTo(candidate.getId());
        assertThat(feed.sessions()).extracting(CalendarFeed.Entry::sessionId).containsExactly(sessionId);
        assertThat(feed.sessions().getFirst().consultantName()).isEqualTo("Feed");

        String rotated = fixtures.as(candidate.getUserId(), () -> feeds.rotate());
        assertThat(feeds.feed(secret)).isEmpty();
        assertThat(feeds.feed(rotated)).isPresent();
        assertThat(fixtures.as(candidate.getUserId(), () -> feeds.revoke())).isTrue();
        assertThat(feeds.feed(rotated)).isEmpty();
        assertThat(feeds.feed("not-a-secret")).isEmpty();
        assertThatThrownBy(() -> fixtures.as(consultant, () -> feeds.rotate())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anInvitationTokenWorksOnceAndABadPasswordDoesNotUseItUp() {
        UserAccount consultant = fixtures.consultant("Inviter");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Invitee");
        PasswordLinks.Issued issued = transactions.execute(status -> links.issue(PasswordLinks.Kind.INVITATION,
                candidate.getUserId(), consultant.getId(), java.time.Duration.ofDays(1)));
        assertThat(issued.token()).startsWith("cbi_");

        assertThatThrownBy(() -> invitations.accept(issued.token(), "short")).isInstanceOf(InvalidValueException.class);
        assertThat(invitations.accept(issued.token(), "a long enough passphrase").accessToken()).startsWith("cba_");
        assertThatThrownBy(() -> invitations.accept(issued.token(), "a long enough passphrase"))
                .isInstanceOfSatisfying(InvitationInvalidException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvitationInvalidException.Reason.USED));
        assertThatThrownBy(() -> invitations.accept("cbi_unknown", "a long enough passphrase"))
                .isInstanceOfSatisfying(InvitationInvalidException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvitationInvalidException.Reason.UNKNOWN));
    }
}
