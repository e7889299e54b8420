package com.careerbridge.crm.ui.account;

import com.careerbridge.crm.account.SecondStep;
import com.careerbridge.crm.ui.login.LoginView;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Holds a half signed-in session (password right, second step owed) on the page of that step, whatever it asks for.
 * View access by role already fails for such a session (its only authority is the pending one); this also covers
 * the views open to every signed-in person ({@code @PermitAll}).
 */
@Component
class TwoFactorGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    TwoFactorGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        currentUser.get().flatMap(user -> user.pendingSecondStep()).ifPresent(step -> {
            Class<?> target = event.getNavigationTarget();
            Class<? extends com.vaadin.flow.component.Component> stepView =
                    step == SecondStep.CODE ? TwoFactorSignInView.class : TwoFactorEnrolmentView.class;
            if (target != stepView && target != LoginView.class) {
                SignInDestination.rememberFirst(event.getLocation());
                event.rerouteTo(stepView);
            }
        });
    }
}
