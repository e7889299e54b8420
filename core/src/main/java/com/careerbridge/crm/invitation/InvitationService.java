package com.careerbridge.crm.invitation;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.CurrentActor;
import com.careerbridge.crm.account.ApiTokenService;
import com.careerbridge.crm.account.InvitationInvalidException;
import com.careerbridge.crm.account.IssuedTokens;
import com.careerbridge.crm.account.PasswordLinks;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.notification.InvitationMail;
import com.careerbridge.crm.notification.MailRecipient;
import com.careerbridge.crm.notification.MailSettings;
import com.careerbridge.crm.notification.OutboundMail;
import com.careerbridge.crm.notification.Outbox;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites a candidate: creates their login if they have none, issues a single-use link valid for
 * {@link #VALID_FOR} and plans the invitation e-mail in the same transaction (it goes out if and only if all of this
 * commits). Inviting again sends a new link and makes the earlier one stop working.
 */
@Service
@Transactional
public class InvitationService {

    public static final Duration VALID_FOR = Duration.ofDays(7);
    static final String SET_PASSWORD_PATH = "/set-password";

    private final CandidateService candidates;
    private final AccountService accounts;
    private final PasswordLinks links;
    private final ApiTokenService apiTokens;
    private final Outbox outbox;
    private final MailSettings mailSettings;
    private final ConsultancyBrand brand;
    private final CurrentActor currentActor;
    private final Clock clock;

    InvitationService(CandidateService candidates, AccountService accounts, PasswordLinks links, ApiTokenService apiTokens,
                      Outbox outbox, MailSettings mailSettings, ConsultancyBrand brand, CurrentActor currentActor,
                      Clock clock) {
        this.candidates = candidates;
        this.accounts = accounts;
        this.links = links;
        this.apiTokens = apiTokens;
        this.outbox = outbox;
        this.mailSettings = mailSettings;
        this.brand = brand;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Staff invite one of their candidates (admins: anyone). Others get "not found" for candidates they cannot see. */
    public InvitationResult invite(long candidateId) {
        Actor actor = currentActor.get();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        // Staff who can see a candidate manage them (CandidateAccess): anyone else gets "not found".
        Candidate candidate = candidates.withoutNotes(candidateId); // the notes are not read: no audit row
        boolean created = false;
        if (candidate.getUserId() == null) {
            // Nobody ever learns this password: the holder sets their own through the link.
            candidates.createLogin(candidateId, AccountService.randomPassword());
            candidate = candidates.withoutNotes(candidateId);
            created = true;
        }
        UserAccount login = accounts.findById(candidate.getUserId()).orElseThrow(() -> new NotFoundException("user"));
        PasswordLinks.Issued issued = links.issue(PasswordLinks.Kind.INVITATION, login.getId(), actor.authorId(), VALID_FOR);
        // The system invites in the consultancy's name, as the candidate reads it.
        Language language = candidate.getPreferredLanguage();
        String inviter = actor.isSystem() ? brand.current().name(language)
                : accounts.findById(actor.userId()).map(UserAccount::getDisplayName)
                        .orElseGet(() -> brand.current().name(language));
        // The token is base64url: safe in a query string as it is.
        String base = mailSettings.baseUrl().toString().replaceAll("/+$", "");
        URI link = URI.create(base + SET_PASSWORD_PATH + "?token=" + issued.token());
        MailRecipient recipient = MailRecipient.user(login.getId(), login.getEmail().value(), candidate.getFullName(),
                candidate.getPreferredLanguage().locale(), candidate.getTimeZone());
        outbox.enqueue(OutboundMail.now("invitation:" + issued.id(), recipient,
                new InvitationMail(inviter, link, issued.expiresAt()), clock.instant()));
        return new InvitationResult(candidateId, login.getId(), created, issued.expiresAt());
    }

    /**
     * Whether the candidate has been invited and has accepted, for their consultant (admins: anyone); "not found" for
     * others, like the candidate.
     */
    @Transactional(readOnly = true)
    public PortalAccess portalAccess(long candidateId) {
        if (!currentActor.get().isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        Candidate candidate = candidates.withoutNotes(candidateId);
        if (candidate.getUserId() == null) {
            return new PortalAccess(PortalAccess.State.NOT_INVITED, null, null, null);
        }
        return links.newest(PasswordLinks.Kind.INVITATION, candidate.getUserId()).map(link -> {
            if (link.usedAt() != null) {
                return new PortalAccess(PortalAccess.State.ACCEPTED, link.createdAt(), null, link.usedAt());
            }
            boolean open = link.revokedAt() == null && link.expiresAt().isAfter(clock.instant());
            return new PortalAccess(open ? PortalAccess.State.INVITED : PortalAccess.State.EXPIRED, link.createdAt(),
                    link.expiresAt(), null);
        }).orElseGet(() -> new PortalAccess(PortalAccess.State.HAS_LOGIN, null, null, null));
    }

    /** The invited person sets their first password with the link's token and is signed in. */
    public IssuedTokens accept(String token, String password) {
        return apiTokens.signIn(links.setPassword(PasswordLinks.Kind.INVITATION, token, password).getId());
    }

    /**
     * The web's set-password page: the same as {@link #accept}, but the person then signs in through the login form.
     *
     * @return the account's e-mail address
     */
    public String acceptWithoutSignIn(String token, String password) {
        return links.setPassword(PasswordLinks.Kind.INVITATION, token, password).getEmail().value();
    }

    /** Why the link cannot be used, or empty when it can (nothing is used up). */
    @Transactional(readOnly = true)
    public java.util.Optional<InvitationInvalidException.Reason> problemWith(String token) {
        return links.problemWith(PasswordLinks.Kind.INVITATION, token)
                .map(problem -> InvitationInvalidException.Reason.valueOf(problem.name()));
    }
}
