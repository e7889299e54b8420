package com.careerbridge.crm.ui.layout;

import com.careerbridge.crm.ui.dashboard.DashboardView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/**
 * The body of the "not found" and "not allowed" pages: a title, one sentence and the way back to the start page
 * (the dashboard, which sends candidates on to their portal). Shown inside the main layout, so the navigation stays.
 */
abstract class ErrorPage extends Div {

    final H2 title = new H2();
    final Paragraph explanation = new Paragraph();
    final RouterLink back = new RouterLink();

    ErrorPage(String className) {
        addClassNames("error-page", className);
        back.addClassName("error-page-back");
        add(title, explanation, back);
    }

    void show(String titleKey, String explanationKey, Object... arguments) {
        title.setText(getTranslation(titleKey));
        explanation.setText(getTranslation(explanationKey, arguments));
        back.setText(getTranslation("error-page.back"));
        back.setRoute(DashboardView.class);
    }
}
