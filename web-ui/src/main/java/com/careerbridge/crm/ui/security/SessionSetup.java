package com.careerbridge.crm.ui.security;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.ui.account.ChangePasswordView;
import com.careerbridge.crm.ui.i18n.Translations;
import com.careerbridge.crm.ui.login.LoginView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Per-session rules that hold for every view: the language starts as the user's preference (or the browser's, before
 * sign-in), and someone holding a one-time password goes nowhere but the change-password page.
 */
@Component
class SessionSetup implements VaadinServiceInitListener {

    private static final String USER_LOCALE_APPLIED = SessionSetup.class.getName() + ".userLocaleApplied";

    private final CurrentUser currentUser;

    SessionSetup(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> {
            VaadinSession session = sessionInit.getSession();
            session.setLocale(Translations.closest(sessionInit.getRequest().getLocale()));
        });
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        currentUser.get().ifPresent(user -> {
            applyUserLocaleOnce(user, event);
            boolean allowed = event.getNavigationTarget() == ChangePasswordView.class
                    || event.getNavigationTarget() == LoginView.class;
            // A session that still owes its second step is held by the two-factor gate; the password comes after.
            if (user.mustChangePassword() && user.pendingSecondStep().isEmpty() && !allowed) {
                event.rerouteTo(ChangePasswordView.class);
            }
        });
    }

    private void applyUserLocaleOnce(AuthenticatedUser user, BeforeEnterEvent event) {
        VaadinSession session = event.getUI().getSession();
        if (session.getAttribute(USER_LOCALE_APPLIED) == null) {
            session.setAttribute(USER_LOCALE_APPLIED, Boolean.TRUE);
            session.setLocale(Translations.closest(user.locale()));
            event.getUI().setLocale(session.getLocale());
        }
    }
}
