package com.careerbridge.crm.ui.account;

import com.careerbridge.crm.account.LoginThrottledException;
import com.careerbridge.crm.account.SecondStep;
import com.careerbridge.crm.account.TwoFactorService;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.ui.branding.BrandMark;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The second step of signing in: the code from the authenticator app, or a recovery code. Until it is done the
 * session has no role and every other view sends the user back here ({@link TwoFactorGate}).
 */
@Route(value = "login/two-factor", autoLayout = false)
@PermitAll
public class TwoFactorSignInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TwoFactorService twoFactor;
    private final CurrentUser currentUser;
    final TextField code = new TextField();

    public TwoFactorSignInView(TwoFactorService twoFactor, CurrentUser currentUser, ConsultancyBrand consultancy) {
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        addClassName("two-factor-sign-in-view");
        getElement().setAttribute("role", "main"); // a page outside the main layout is its own main landmark
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = BrandMark.heading(consultancy, "login-brand");
        EnrolmentPanel.configureCodeField(code, this);
        code.setWidth("18rem");
        Button verify = new Button(getTranslation("two-factor.sign-in.verify"), click -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        Button signOut = new Button(getTranslation("account.sign-out"), click -> currentUser.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph intro = new Paragraph(getTranslation("two-factor.sign-in.intro"));
        Paragraph lost = new Paragraph(getTranslation("two-factor.sign-in.lost-phone"));
        lost.addClassName("two-factor-hint");
        add(brand, new H2(getTranslation("two-factor.sign-in.title")), intro, code, verify, lost, signOut);
    }

    void verify() {
        code.setInvalid(false);
        try {
            SecondStepSession.complete(twoFactor.completeSignIn(code.getValue(), SecondStepSession.clientAddress()));
        } catch (InvalidValueException e) {
            showError(getTranslation("error.two-factor-code-wrong"));
            return;
        } catch (LoginThrottledException e) {
            showError(getTranslation("two-factor.throttled", e.retryAfterSeconds()));
            return;
        }
        getUI().ifPresent(SignInDestination::go);
    }

    private void showError(String message) {
        code.clear();
        code.setErrorMessage(message);
        code.setInvalid(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean owesCode = currentUser.get().flatMap(user -> user.pendingSecondStep())
                .filter(step -> step == SecondStep.CODE).isPresent();
        if (!owesCode) {
            event.forwardTo(DashboardPath.VALUE);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.sign-in.title") + " · " + getTranslation("app.name");
    }
}
