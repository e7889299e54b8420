package com.careerbridge.crm.ui.common;

import com.careerbridge.crm.shared.DatabaseUnavailable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A click whose service call finds PostgreSQL stopped or restarting (a button, a grid page being fetched) ends in a
 * translated "temporarily unavailable" notification in the page the user is on, which stays usable; other failures
 * keep Vaadin's default handling. Navigating into a view while the database is away is {@link ServerErrorView}'s job.
 */
@Component
class DatabaseOutageHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageHandling.class);

    private final DefaultErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::error));
    }

    private void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui != null && DatabaseUnavailable.isCause(event.getThrowable())) {
            log.warn("Database unavailable during a UI request: {}", event.getThrowable().toString());
            UiErrors.unavailable(ui);
            return;
        }
        fallback.error(event);
    }
}
