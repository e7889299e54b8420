package com.careerbridge.crm.ui.account;

import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SecuritySettings;
import com.careerbridge.crm.account.TwoFactorService;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.account.twofactor.Base32;
import com.careerbridge.crm.account.twofactor.Totp;
import com.careerbridge.crm.ui.candidate.CandidateListView;
import com.careerbridge.crm.ui.dashboard.DashboardView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;

class TwoFactorLoginIT extends BrowserlessUiTest {

    @Autowired TwoFactorService twoFactor;
    @Autowired SecuritySettings settings;
    @Autowired ActingAs actingAs;

    private UserAccount admin;

    @AfterEach
    void twoFactorOptionalAgain() {
        // The completed sign-in lives in the (mock) HTTP session, which Vaadin's security context strategy reads
        // before the thread's: leave none behind for the next test.
        VaadinSession.getCurrent().getSession().removeAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (admin != null) {
            actingAs.run(admin.getId(), () -> settings.requireTwoFactorForStaff(false));
        }
    }

    private static String code(String secret, int stepsFromNow) {
        return Totp.code(Base32.decode(secret.replace(" ", "")), Totp.step(Instant.now()) + stepsFromNow);
    }

    /** Enrols through the service; the code of the current step is used up by it. */
    private String enrol(UserAccount account) {
        TwoFactorService.Enrolment enrolment = actingAs.call(account.getId(), twoFactor::beginEnrolment);
        actingAs.call(account.getId(), () -> twoFactor.confirmEnrolment(code(enrolment.secret(), 0)));
        return enrolment.secret();
    }

    private static List<String> authorities() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void afterThePasswordNothingOpensUntilTheCodeIsEntered() {
        UserAccount consultant = staff("Otp", Role.CONSULTANT);
        String secret = enrol(consultant);
        signIn(consultant);
        assertThat(authorities()).doesNotContain("ROLE_CONSULTANT");

        UI.getCurrent().navigate(DashboardView.class);
        assertThat(getCurrentView()).isInstanceOf(TwoFactorSignInView.class);
        UI.getCurrent().navigate(CandidateListView.class);
        assertThat(getCurrentView()).isInstanceOf(TwoFactorSignInView.class);
        UI.getCurrent().navigate(AccountSecurityView.class);
        assertThat(getCurrentView()).isInstanceOf(TwoFactorSignInView.class);

        TwoFactorSignInView step = (TwoFactorSignInView) getCurrentView();
        String right = code(secret, 1);
        test(step.code).setValue(right.equals("000000") ? "111111" : "000000");
        test($(Button.class).withText("Verify").single()).click();
        assertThat(getCurrentView()).isInstanceOf(TwoFactorSignInView.class);
        assertThat(step.code.isInvalid()).isTrue();
        assertThat(step.code.getErrorMessage()).isEqualTo("This code is not correct or has already been used.");
        assertThat(authorities()).doesNotContain("ROLE_CONSULTANT");

        test(step.code).setValue(right);
        test($(Button.class).withText("Verify").single()).click();

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(authorities()).containsExactly("ROLE_CONSULTANT");
        UI.getCurrent().navigate(CandidateListView.class);
        assertThat(getCurrentView()).isInstanceOf(CandidateListView.class);
    }

    @Test
    void aDeepLinkHeldByTheSecondStepIsWhereTheCodeLeads() {
        UserAccount consultant = staff("Deep", Role.CONSULTANT);
        signIn(consultant);
        long candidateId = candidate("Linked").getId();
        String secret = enrol(consultant);
        signIn(consultant);

        // the saved request brings the browser back to the deep link after the password; the gate holds it there
        UI.getCurrent().navigate("candidates/" + candidateId);
        TwoFactorSignInView step = (TwoFactorSignInView) getCurrentView();
        UI.getCurrent().navigate(AccountSecurityView.class);
        test(step.code).setValue(code(secret, 1));
        test($(Button.class).withText("Verify").single()).click();

        assertThat(getCurrentView()).isInstanceOf(com.careerbridge.crm.ui.candidate.CandidateView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("candidates/" + candidateId);
    }

    @Test
    void whenAdminsRequireItStaffAreSentToEnrolmentAndCannotGoElsewhere() {
        admin = staff("Admin", Role.ADMIN);
        actingAs.run(admin.getId(), () -> settings.requireTwoFactorForStaff(true));
        UserAccount consultant = staff("Newbie", Role.CONSULTANT);
        signIn(consultant);
        assertThat(authorities()).doesNotContain("ROLE_CONSULTANT");

        UI.getCurrent().navigate(DashboardView.class);
        assertThat(getCurrentView()).isInstanceOf(TwoFactorEnrolmentView.class);
        UI.getCurrent().navigate(CandidateListView.class);
        TwoFactorEnrolmentView enrolment = (TwoFactorEnrolmentView) getCurrentView();

        String secret = enrolment.panel.secret.getText();
        var qr = $(com.vaadin.flow.component.Svg.class).single().getElement();
        assertThat(qr.getAttribute("role")).isEqualTo("img");
        assertThat(qr.getAttribute("aria-label"))
                .isEqualTo("QR code for your authenticator app. It holds the key written out below.");
        test(enrolment.panel.code).setValue(code(secret, 0));
        test($(Button.class).withText("Confirm and turn on").single()).click();

        assertThat($(ListItem.class).all()).hasSize(10);
        assertThat(getCurrentView()).isInstanceOf(TwoFactorEnrolmentView.class);
        test($(Button.class).withText("I have saved the codes").single()).click();

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(authorities()).containsExactly("ROLE_CONSULTANT");
        assertThat(twoFactor.isEnabled(consultant.getId())).isTrue();
    }

    @Test
    void aCandidateMayTurnItOnFromTheSecurityPage() {
        UserAccount candidate = accounts.create(new com.careerbridge.crm.shared.EmailAddress("opt.in." + run + "@example.com"),
                "Opt In " + run, Role.CANDIDATE, java.util.Locale.ENGLISH, PASSWORD);
        signIn(candidate);
        AccountSecurityView view = navigate(AccountSecurityView.class);
        assertThat(view.status.getText()).isEqualTo("Two-factor login is off.");

        view.startEnrolment();
        EnrolmentPanel panel = $(EnrolmentPanel.class).single();
        test(panel.code).setValue(code(panel.secret.getText(), 0));
        test($(Button.class).withText("Confirm and turn on").single()).click();
        test($(Button.class).withText("I have saved the codes").single()).click();

        assertThat(view.status.getText()).isEqualTo("Two-factor login is on. Recovery codes left: 10.");
        assertThat(twoFactor.isEnabled(candidate.getId())).isTrue();
    }
}
