package com.careerbridge.crm.ui.account;

import com.careerbridge.crm.account.SecondStep;
import com.careerbridge.crm.account.TwoFactorService;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.ui.branding.BrandMark;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where staff land right after the password when an admin requires two-factor login and they have not set it up:
 * nothing else opens until they have. Once the first code is confirmed the session gets its role.
 */
@Route(value = "login/two-factor/setup", autoLayout = false)
@PermitAll
public class TwoFactorEnrolmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TwoFactorService twoFactor;
    private final CurrentUser currentUser;
    private final ConsultancyBrand consultancy;
    EnrolmentPanel panel;

    public TwoFactorEnrolmentView(TwoFactorService twoFactor, CurrentUser currentUser, ConsultancyBrand consultancy) {
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        this.consultancy = consultancy;
        addClassName("two-factor-enrolment-view");
        getElement().setAttribute("role", "main"); // a page outside the main layout is its own main landmark
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean owesEnrolment = currentUser.get().flatMap(user -> user.pendingSecondStep())
                .filter(step -> step == SecondStep.ENROLMENT).isPresent();
        if (!owesEnrolment) {
            event.forwardTo(DashboardPath.VALUE);
            return;
        }
        if (panel == null) {
            panel = new EnrolmentPanel(twoFactor, this::finish);
            Button signOut = new Button(getTranslation("account.sign-out"), click -> currentUser.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            H1 brand = BrandMark.heading(consultancy, "login-brand");
            add(brand, new H2(getTranslation("two-factor.enrol.title")),
                    new Paragraph(getTranslation("two-factor.enrol.required")), panel, signOut);
        }
    }

    private void finish() {
        SecondStepSession.complete(twoFactor.completeEnrolmentSignIn());
        getUI().ifPresent(SignInDestination::go);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.enrol.title") + " · " + getTranslation("app.name");
    }
}
