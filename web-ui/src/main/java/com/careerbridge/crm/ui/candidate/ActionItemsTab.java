package com.careerbridge.crm.ui.candidate;

import java.time.LocalDate;
import java.util.Map;

import com.careerbridge.crm.session.ActionItem;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.ui.candidate.CandidatePageParts.Part;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.careerbridge.crm.workspace.CandidateWorkspace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/** The candidate page's "Action items" tab: every session's action items, open ones first, to tick done or not. */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class ActionItemsTab extends VerticalLayout {

    private final SessionService sessions;
    private CandidatePageParts.Refresh refresh = parts -> { };

    ActionItemsTab(SessionService sessions) {
        this.sessions = sessions;
    }

    void bind(CandidatePageParts.Refresh refresh) {
        this.refresh = refresh;
    }

    void show(CandidateWorkspace.Sessions data) {
        removeAll();
        LocalDate today = LocalDate.ofInstant(data.asOf(), ViewerTime.zone());
        if (data.actionItems().isEmpty()) {
            add(CandidatePageParts.emptyText(this, "candidate.actions.empty"));
        }
        for (CandidateWorkspace.SessionItem entry : data.actionItems()) {
            add(actionItemRow(entry.session(), entry.item(), today));
        }
    }

    private Component actionItemRow(CoachingSession session, ActionItem item, LocalDate today) {
        Checkbox done = new Checkbox(item.getDescription(), item.isDone());
        done.addClassName("action-item");
        if (item.getDueDate() != null) {
            done.setHelperText(getTranslation("candidate.actions.due", Formats.date(item.getDueDate(), getLocale())));
        }
        if (item.isOverdue(today)) {
            done.addClassName("overdue");
        }
        done.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                UiErrors.attempt(this, Map.of(), () -> {
                    sessions.markActionItem(session.getId(), item.getId(), change.getValue());
                    return item;
                }).ifPresentOrElse(ok -> refresh.parts(Part.TIMELINE), () -> done.setValue(change.getOldValue()));
            }
        });
        return done;
    }
}
