package com.careerbridge.crm.ui.account;

import java.time.Instant;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.PasswordPolicy;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.careerbridge.crm.ui.security.WebSessionStamp;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Replace one's password. Someone signed in with a one-time password is held here until they do. The change ends every
 * other sign-in of the account (API tokens at once, other web sessions through the session guard, which ends sessions
 * stamped before the account's {@code password_changed_at}); this session is stamped anew and stays signed in.
 */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accountService;
    private final UserDetailsService userDetails;

    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChangePasswordView(AccountService accountService, CurrentUser currentUser, UserDetailsService userDetails) {
        this.accountService = accountService;
        this.userDetails = userDetails;
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
            NewPasswordFields.forgetRefusalOnChange(field);
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
        Instant changedAt;
        try {
            changedAt = accountService.changePassword(user.userId(), current.getValue(), fresh.getValue());
        } catch (InvalidValueException e) {
            for (InvalidValueException.FieldViolation violation : e.violations()) {
                PasswordField field = "currentPassword".equals(violation.field()) ? current : fresh;
                field.setErrorMessage(getTranslation("error." + violation.reason(), PasswordPolicy.MIN_LENGTH,
                        PasswordPolicy.MAX_LENGTH));
                field.setInvalid(true);
            }
            return;
        }
        WrappedSession session = VaadinSession.getCurrent().getSession();
        // This session proved the new password just now: the guard must not end it with the others.
        WebSessionStamp.renew(session, changedAt);
        refreshPrincipal(user, session);
        current.clear();
        fresh.clear();
        repeat.clear();
        Notification.show(getTranslation("account.password.changed"), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    /**
     * The principal in the session was read at sign-in; it would still say "must change password" and keep the user
     * on this page. Replace it with the account as it is now, in the security context and in the HTTP session.
     */
    private void refreshPrincipal(AuthenticatedUser user, WrappedSession session) {
        UserDetails now = userDetails.loadUserByUsername(user.email());
        if (now instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.change-password") + " · " + getTranslation("app.name");
    }
}
