package com.careerbridge.crm.ui.account;

import java.util.Optional;

import com.careerbridge.crm.account.InvitationInvalidException;
import com.careerbridge.crm.invitation.InvitationService;
import com.careerbridge.crm.ui.login.LoginView;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where the invitation mail's link leads: the invited person chooses their first password, then signs in with it. */
@Route(value = "set-password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends PasswordLinkView<InvitationInvalidException.Reason> {

    private final InvitationService invitations;

    public SetPasswordView(InvitationService invitations) {
        super("account.set-password", "set-password", "password-set", "account.back-to-login", LoginView.class);
        this.invitations = invitations;
    }

    @Override
    protected Optional<InvitationInvalidException.Reason> problemWith(String token) {
        return invitations.problemWith(token);
    }

    @Override
    protected void use(String token, String password) {
        try {
            invitations.acceptWithoutSignIn(token, password);
        } catch (InvitationInvalidException e) {
            throw new Unusable(e.reason());
        }
    }
}
