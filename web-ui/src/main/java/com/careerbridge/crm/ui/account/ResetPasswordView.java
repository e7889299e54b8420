package com.careerbridge.crm.ui.account;

import java.util.Optional;

import com.careerbridge.crm.account.PasswordResetInvalidException;
import com.careerbridge.crm.passwordreset.PasswordResetService;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where the reset link in the mail leads. Afterwards every sign-in of the account has ended and the person signs in
 * with the new password.
 */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends PasswordLinkView<PasswordResetInvalidException.Reason> {

    private final PasswordResetService resets;

    public ResetPasswordView(PasswordResetService resets) {
        super("account.reset", "reset-password", "password-reset", "account.reset.request-new",
                ForgotPasswordView.class);
        this.resets = resets;
    }

    @Override
    protected Optional<PasswordResetInvalidException.Reason> problemWith(String token) {
        return resets.problemWith(token);
    }

    @Override
    protected void use(String token, String password) {
        try {
            resets.reset(token, password);
        } catch (PasswordResetInvalidException e) {
            throw new Unusable(e.reason());
        }
    }
}
