package com.careerbridge.crm.ui.account;

import java.util.Locale;
import java.util.Map;

import com.careerbridge.crm.account.InvitationInvalidException;
import com.careerbridge.crm.account.PasswordPolicy;
import com.careerbridge.crm.invitation.InvitationService;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.ui.i18n.LanguageSwitch;
import com.careerbridge.crm.ui.login.LoginView;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where the invitation mail's link leads: the invited person chooses their first password, then signs in with it.
 * Opening the page only checks the token; the invitation is used up when the form is sent.
 */
@Route(value = "set-password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    final NewPasswordFields fields = new NewPasswordFields(this);
    final Button save = new Button();
    final Paragraph problem = new Paragraph();
    private final Div form = new Div();
    private String token;

    public SetPasswordView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("set-password-view");
        setAlignItems(Alignment.STRETCH);
        setMaxWidth("28rem");
        getStyle().set("margin", "0 auto");

        save.setText(getTranslation("account.set-password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        form.add(new Paragraph(getTranslation("account.set-password.intro", PasswordPolicy.MIN_LENGTH)),
                fields.password, fields.repeat, save);
        problem.addClassName("set-password-problem");
        problem.setVisible(false);

        add(new H1(getTranslation("app.name")), new H2(getTranslation("account.set-password.title")), form, problem,
                new RouterLink(getTranslation("account.back-to-login"), LoginView.class), new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        invitations.problemWith(token).ifPresentOrElse(this::showProblem, () -> {
            form.setVisible(true);
            problem.setVisible(false);
        });
    }

    private void save() {
        if (!fields.matchOrComplain()) {
            return;
        }
        try {
            invitations.acceptWithoutSignIn(token, fields.password.getValue());
        } catch (InvalidValueException e) {
            fields.show(e);
            return;
        } catch (InvitationInvalidException e) {
            showProblem(e.reason());
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(Map.of("password-set", ""))));
    }

    private void showProblem(InvitationInvalidException.Reason reason) {
        form.setVisible(false);
        problem.setText(getTranslation("account.set-password.invalid." + reason.name().toLowerCase(Locale.ROOT)));
        problem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.set-password.title") + " · " + getTranslation("app.name");
    }
}
