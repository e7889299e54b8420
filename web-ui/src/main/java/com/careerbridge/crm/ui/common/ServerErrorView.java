package com.careerbridge.crm.ui.common;

import com.careerbridge.crm.shared.DatabaseUnavailable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Replaces Vaadin's internal-error view. When a view could not be opened because PostgreSQL is stopped or restarting,
 * the user reads a translated "temporarily unavailable" page with a link that tries the same address again (503, so
 * nothing caches it); every other failure keeps Vaadin's own handling.
 */
@Tag(Tag.DIV)
@AnonymousAllowed
public class ServerErrorView extends InternalServerError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (!DatabaseUnavailable.isCause(parameter.getCaughtException())) {
            return super.setErrorParameter(event, parameter);
        }
        getElement().removeAllChildren();
        getElement().setText("");
        H2 title = new H2(getTranslation("error.database-unavailable.title"));
        Paragraph text = new Paragraph(getTranslation(UiErrors.UNAVAILABLE));
        Anchor retry = new Anchor(event.getLocation().getPathWithQueryParameters(),
                getTranslation("error.database-unavailable.retry"));
        retry.getElement().setAttribute("router-ignore", true);
        getElement().appendChild(title.getElement(), text.getElement(), retry.getElement());
        getElement().getStyle().set("padding", "var(--lumo-space-l)");
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
