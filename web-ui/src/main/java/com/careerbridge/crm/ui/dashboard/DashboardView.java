package com.careerbridge.crm.ui.dashboard;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Where everyone lands after signing in. */
@Route("")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(CurrentUser currentUser) {
        AuthenticatedUser user = currentUser.require();
        addClassName("dashboard-view");
        add(new H2(getTranslation("dashboard.welcome", user.displayName())),
                new Paragraph(getTranslation("dashboard.role." + user.role().name().toLowerCase())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.name");
    }
}
