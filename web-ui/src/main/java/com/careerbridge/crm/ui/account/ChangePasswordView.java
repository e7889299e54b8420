package com.careerbridge.crm.ui.account;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.PasswordPolicy;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;

/**
 * Replace one's password. Someone signed in with a one-time password is held here until they do. Afterwards they sign
 * in again with the new password, which also ends the old session.
 */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accountService;

    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChangePasswordView(AccountService accountService, CurrentUser currentUser) {
        this.accountService = accountService;
        AuthenticatedUser user = currentUser.require();
        addClassName("change-password-view");
        setMaxWidth("28rem");

        H2 title = new H2(getTranslation("account.change-password"));
        Paragraph intro = new Paragraph(getTranslation(user.mustChangePassword()
                ? "account.password.must-change" : "account.password.intro", PasswordPolicy.MIN_LENGTH));

        current.setLabel(getTranslation("account.password.current"));
        fresh.setLabel(getTranslation("account.password.new"));
        fresh.setHelperText(getTranslation("account.password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setLabel(getTranslation("account.password.repeat"));
        for (PasswordField field : new PasswordField[] {current, fresh, repeat}) {
            field.setWidthFull();
        }

        Button save = new Button(getTranslation("account.password.save"), click -> save(user));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        add(title, intro, current, fresh, repeat, save);
    }

    private void save(AuthenticatedUser user) {
        current.setInvalid(false);
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("error.password-mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accountService.changePassword(user.userId(), current.getValue(), fresh.getValue());
        } catch (InvalidValueException e) {
            for (InvalidValueException.FieldViolation violation : e.violations()) {
                PasswordField field = "currentPassword".equals(violation.field()) ? current : fresh;
                field.setErrorMessage(getTranslation("error." + violation.reason(), PasswordPolicy.MIN_LENGTH,
                        PasswordPolicy.MAX_LENGTH));
                field.setInvalid(true);
            }
            return;
        }
        // Ending the HTTP session signs the user out here; they come back with the new password.
        VaadinSession.getCurrent().getSession().invalidate();
        getUI().ifPresent(ui -> ui.getPage().setLocation("login?password-changed"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.change-password") + " · " + getTranslation("app.name");
    }
}
