package com.careerbridge.crm.ui.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.careerbridge.crm.account.ApiTokenService;
import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.IssuedTokens;
import com.careerbridge.crm.account.PasswordLinks;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.invitation.InvitationService;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.ui.login.LoginView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Forgot / reset / set-password pages (anonymous) and changing one's password while signed in. */
class PasswordViewsIT extends BrowserlessUiTest {

    private static final String NEW_PASSWORD = "a freshly chosen passphrase";
    private static final String SENT = "If an account exists for this address, we have sent a link to it.";

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordLinks links;
    @Autowired InvitationService invitations;
    @Autowired ApiTokenService apiTokens;

    private long outboxSize() {
        return jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
    }

    /** Opens a page the way the mailed link does (the router reuses a view it shows already: leave it first). */
    private <T extends Component> T open(Class<T> view, String token) {
        navigate(LoginView.class);
        UI.getCurrent().navigate(view, token == null ? QueryParameters.empty() : QueryParameters.of("token", token));
        return view.cast(getCurrentView());
    }

    private String answerOnForgotPage(String email) {
        navigate(LoginView.class);
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        test(view.email).setValue(email);
        test(view.send).click();
        assertThat(view.answer.isVisible()).isTrue();
        return view.answer.getText();
    }

    private void fillNewPassword(String password, String repeat, Button save) {
        test($(PasswordField.class).withLabel("New password").single()).setValue(password);
        test($(PasswordField.class).withLabel("Repeat the new password").single()).setValue(repeat);
        test(save).click();
    }

    private String loginNotice() {
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        return $(Paragraph.class).withClassName("login-notice").single().getText();
    }

    private boolean signsInWith(UserAccount account, String password) {
        try {
            return apiTokens.login(account.getEmail().value(), password, "192.0.2.50") != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void theLoginPageLinksToTheForgotPasswordPage() {
        navigate(LoginView.class);
        RouterLink link = $(RouterLink.class).withText("Forgot your password?").single();
        assertThat(link.getHref()).isEqualTo("forgot-password");
    }

    @Test
    void theForgotPageAnswersTheSameForKnownAndUnknownAddressesAndMailsOnlyRealAccounts() {
        UserAccount known = staff("Forgetful", Role.CONSULTANT);
        long before = outboxSize();

        String forKnown = answerOnForgotPage(known.getEmail().value());
        long afterKnown = outboxSize();
        String forUnknown = answerOnForgotPage("nobody." + run + "@example.com");

        assertThat(forKnown).isEqualTo(forUnknown).startsWith(SENT);
        assertThat(afterKnown).isEqualTo(before + 1);
        assertThat(outboxSize()).isEqualTo(afterKnown);
        assertThat($(EmailField.class).single().isReadOnly()).isTrue();
    }

    @Test
    void theForgotPageSaysWhenAMailboxHadEnoughResetMails() {
        String ghost = "ghost." + run + "@example.com";
        for (int i = 0; i < 3; i++) {
            assertThat(answerOnForgotPage(ghost)).startsWith(SENT);
        }
        assertThat(answerOnForgotPage(ghost)).isEqualTo("Too many requests. Please try again in 60 minutes.");
    }

    @Test
    void theResetPageSetsTheNewPasswordOnceAndSendsThePersonToSignIn() {
        UserAccount account = staff("Resetting", Role.CONSULTANT);
        IssuedTokens phone = apiTokens.login(account.getEmail().value(), PASSWORD, "192.0.2.51");
        String token = links.issue(PasswordLinks.Kind.PASSWORD_RESET, account.getId(), null, Duration.ofMinutes(30)).token();

        ResetPasswordView view = open(ResetPasswordView.class, token);
        assertThat(view.problem.isVisible()).isFalse();
        fillNewPassword(NEW_PASSWORD, NEW_PASSWORD + "x", view.save);
        assertThat($(PasswordField.class).withLabel("Repeat the new password").single().getErrorMessage())
                .isEqualTo("The two passwords are not the same.");
        fillNewPassword("Password1234", "Password1234", view.save);
        PasswordField fresh = $(PasswordField.class).withLabel("New password").single();
        assertThat(fresh.isInvalid()).isTrue();
        assertThat(fresh.getErrorMessage()).startsWith("This password is too common");
        assertThat(signsInWith(account, PASSWORD)).isTrue();

        fillNewPassword(NEW_PASSWORD, NEW_PASSWORD, view.save);

        assertThat(loginNotice()).startsWith("Your new password is set");
        assertThat(signsInWith(account, NEW_PASSWORD)).isTrue();
        assertThat(apiTokens.authenticate(phone.accessToken())).isEmpty();

        ResetPasswordView again = open(ResetPasswordView.class, token);
        assertThat(again.problem.getText()).startsWith("This link has already been used.");
        assertThat(again.save.isVisible() && again.save.getParent().orElseThrow().isVisible()).isFalse();
    }

    @Test
    void theResetPageExplainsExpiredAndUnknownLinks() {
        UserAccount account = staff("Late", Role.CONSULTANT);
        String expired = links.issue(PasswordLinks.Kind.PASSWORD_RESET, account.getId(), null, Duration.ofSeconds(-1)).token();

        assertThat(open(ResetPasswordView.class, expired).problem.getText())
                .startsWith("This link has expired");
        assertThat(open(ResetPasswordView.class, "cbp_made-up").problem.getText())
                .startsWith("This link is not valid.");
        assertThat(open(ResetPasswordView.class, null).problem.getText())
                .startsWith("This link is not valid.");
    }

    @Test
    void theInvitationLinkLetsTheCandidateSetTheFirstPasswordAndThenSignIn() {
        signIn(staff("Inviting", Role.CONSULTANT));
        Candidate candidate = candidate("Invited");
        invitations.invite(candidate.getId());
        String link = jdbc.queryForObject("""
                select model ->> 'setPasswordLink' from mail_outbox where template = 'invitation'
                order by id desc limit 1""", String.class);
        assertThat(link).contains("/set-password?token=");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        SecurityContextHolder.clearContext();

        SetPasswordView view = open(SetPasswordView.class, token);
        assertThat(view.problem.isVisible()).isFalse();
        fillNewPassword("short", "short", view.save);
        assertThat($(PasswordField.class).withLabel("New password").single().getErrorMessage())
                .isEqualTo("Use at least 12 characters.");
        fillNewPassword(candidate.getEmail().value(), candidate.getEmail().value(), view.save);
        assertThat($(PasswordField.class).withLabel("New password").single().getErrorMessage())
                .isEqualTo("Your password must not be your e-mail address or your name.");

        fillNewPassword(NEW_PASSWORD, NEW_PASSWORD, view.save);

        assertThat(loginNotice()).startsWith("Your password is set.");
        assertThat(apiTokens.login(candidate.getEmail().value(), NEW_PASSWORD, "192.0.2.52")).isNotNull();
        assertThat(open(SetPasswordView.class, token).problem.getText())
                .startsWith("This invitation link has already been used.");
    }

    @Test
    void theSetPasswordPageExplainsAnExpiredInvitation() {
        UserAccount invited = staff("Expired", Role.CANDIDATE);
        String token = links.issue(PasswordLinks.Kind.INVITATION, invited.getId(), null, Duration.ofSeconds(-1)).token();

        assertThat(open(SetPasswordView.class, token).problem.getText())
                .startsWith("This invitation link has expired.");
        assertThat(open(SetPasswordView.class, "nonsense").problem.getText())
                .startsWith("This invitation link is not valid");
    }

    @Test
    void changingThePasswordKeepsThisSessionEndsTheOthersAndReleasesAOneTimePasswordHolder() {
        UserAccount account = accounts.createWithTemporaryPassword(
                new EmailAddress("temporary." + run + "@example.com"), "Temporary " + run, Role.CONSULTANT,
                Locale.ENGLISH, "one-time-password-" + run);
        signIn(account);
        IssuedTokens phone = apiTokens.login(account.getEmail().value(), "one-time-password-" + run, "192.0.2.53");
        navigate(ChangePasswordView.class);

        test($(PasswordField.class).withLabel("Current password").single()).setValue("not my password");
        fillNewPassword(NEW_PASSWORD, NEW_PASSWORD, $(Button.class).withText("Change password").single());
        assertThat($(PasswordField.class).withLabel("Current password").single().getErrorMessage())
                .isEqualTo("This is not your current password.");

        test($(PasswordField.class).withLabel("Current password").single()).setValue("one-time-password-" + run);
        fillNewPassword(NEW_PASSWORD, NEW_PASSWORD, $(Button.class).withText("Change password").single());

        Instant changedAt = accounts.findById(account.getId()).orElseThrow().getPasswordChangedAt();
        var session = VaadinSession.getCurrent().getSession();
        assertThat(session.getAttribute("com.careerbridge.crm.ui.security.WebSessionStamp")).isEqualTo(changedAt);
        assertThat(apiTokens.authenticate(phone.accessToken())).isEmpty();
        assertThat(notificationTexts()).contains(
                "Your password has been changed. You stay signed in here; everywhere else you have been signed out.");
        // still signed in, no longer held on the change-password page
        SecurityContext stored = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        AuthenticatedUser principal = (AuthenticatedUser) stored.getAuthentication().getPrincipal();
        assertThat(principal.userId()).isEqualTo(account.getId());
        assertThat(principal.mustChangePassword()).isFalse();
        assertThat(principal.getPassword()).isNull();
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class).isNotInstanceOf(LoginView.class);
        assertThatThrownBy(() -> apiTokens.login(account.getEmail().value(), "one-time-password-" + run, "192.0.2.53"))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aRefusedNewPasswordsErrorGoesOnceThePasswordIsChanged() {
        UserAccount account = staff("Stale", Role.CONSULTANT);
        signIn(account);
        navigate(ChangePasswordView.class);
        PasswordField current = $(PasswordField.class).withLabel("Current password").single();
        PasswordField fresh = $(PasswordField.class).withLabel("New password").single();
        test(current).setValue(PASSWORD);
        fillNewPassword("Password1234", "Password1234", $(Button.class).withText("Change password").single());
        assertThat(fresh.isInvalid()).isTrue();
        assertThat(fresh.getErrorMessage()).startsWith("This password is too common");

        // typing another password: the refusal was about the old one (#20)
        test(fresh).setValue(NEW_PASSWORD);
        assertThat(fresh.isInvalid()).isFalse();
        assertThat(fresh.getErrorMessage()).isNullOrEmpty();
    }

    @Test
    void aTemporaryPasswordHoldsTheSessionOnTheChangePasswordPage() {
        UserAccount account = accounts.createWithTemporaryPassword(
                new EmailAddress("held." + run + "@example.com"), "Held " + run, Role.CONSULTANT,
                Locale.ENGLISH, "one-time-password-" + run);
        signIn(account);
        // the dashboard ("") is rerouted to the password change, found by its path since the package cycle was broken
        assertThat(navigate("", ChangePasswordView.class)).isInstanceOf(ChangePasswordView.class);
    }
}
