package com.careerbridge.crm.ui.security;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.shared.Office;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.careerbridge.crm.ui.i18n.Translations;
import com.careerbridge.crm.ui.login.LoginView;
import com.vaadin.flow.component.UI;
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

    /**
     * ChangePasswordView's route by its path: the account views depend on this package (CurrentUser), so naming their
     * class here would make security and account one cycle, which ArchitectureTest forbids.
     */
    static final String CHANGE_PASSWORD_PATH = "account/password";

    private static final String USER_LOCALE_APPLIED = SessionSetup.class.getName() + ".userLocaleApplied";

    private final CurrentUser currentUser;
    private final Office office;

    SessionSetup(CurrentUser currentUser, Office office) {
        this.currentUser = currentUser;
        this.office = office;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> {
            VaadinSession session = sessionInit.getSession();
            session.setLocale(Translations.closest(sessionInit.getRequest().getLocale()));
            ViewerTime.start(session, office);
        });
        event.getSource().addUIInitListener(uiInit -> {
            // A new UI is made for the page load after signing in, before the router builds the first view: the
            // view then reads the user's language from the start instead of the browser's.
            UI ui = uiInit.getUI();
            currentUser.get().ifPresent(user -> applyUserLocaleOnce(user, ui));
            ui.addBeforeEnterListener(this::beforeEnter);
        });
    }

    private void beforeEnter(BeforeEnterEvent event) {
        currentUser.get().ifPresent(user -> {
            applyUserLocaleOnce(user, event.getUI());
            boolean allowed = CHANGE_PASSWORD_PATH.equals(event.getLocation().getPath())
                    || event.getNavigationTarget() == LoginView.class;
            // A session that still owes its second step is held by the two-factor gate; the password comes after.
            if (user.mustChangePassword() && user.pendingSecondStep().isEmpty() && !allowed) {
                event.rerouteTo(CHANGE_PASSWORD_PATH);
            }
        });
        // <html lang> follows the language shown (screen readers and hyphenation depend on it).
        UI ui = event.getUI();
        ui.getPage().executeJs("document.documentElement.lang = $0", Translations.closest(ui.getLocale()).getLanguage());
    }

    /**
     * The preference wins once per signed-in user and session; afterwards the language switch rules. Keyed by the user
     * so that someone signing in over another person's session still starts in their own language.
     */
    private void applyUserLocaleOnce(AuthenticatedUser user, UI ui) {
        VaadinSession session = ui.getSession();
        if (!Long.valueOf(user.userId()).equals(session.getAttribute(USER_LOCALE_APPLIED))) {
            session.setAttribute(USER_LOCALE_APPLIED, user.userId());
            session.setLocale(Translations.closest(user.locale()));
            ui.setLocale(session.getLocale());
        }
    }
}
