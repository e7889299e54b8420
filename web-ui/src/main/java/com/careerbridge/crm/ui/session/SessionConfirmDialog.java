package com.careerbridge.crm.ui.session;

import java.time.ZoneId;
import java.util.Map;

import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks before a session is cancelled or marked as missed (#20): both tell the candidate something (a cancellation
 * e-mail) or stay on their record, and a stray click on the wrong button should not do either. Cancelling takes an
 * optional reason, which the candidate's e-mail carries. For every screen that offers these actions (the session
 * calendar, the candidate's sessions tab).
 */
public class SessionConfirmDialog extends Dialog {

    /** The reason field; only the cancellation shows it. */
    public final TextArea reason = new TextArea();
    /** Only the cancellation shows it: the candidate called the session off inside the type's cut-off (#15). */
    public final Checkbox lateByCandidate = new Checkbox();
    public final Button confirm = new Button();
    public final Button back = new Button();

    private SessionConfirmDialog(String title, String question) {
        addClassName("session-confirm-dialog");
        setHeaderTitle(title);
        setWidth("min(30rem, 95vw)");
        add(new Paragraph(question));
        back.addClickListener(click -> close());
        getFooter().add(back, confirm);
    }

    /** "Cancel session": asks, takes an optional reason for the candidate, then cancels and calls {@code done}. */
    public static SessionConfirmDialog cancel(SessionService sessions, CoachingSession session, String candidateName,
                                              ZoneId zone, Runnable done) {
        SessionConfirmDialog dialog = new SessionConfirmDialog(
                textOf("session.cancel.confirm-title"),
                textOf("session.cancel.confirm-text", candidateName, when(session, zone)));
        dialog.reason.setLabel(textOf("session.cancel.reason"));
        dialog.reason.setHelperText(textOf("session.cancel.reason-help"));
        dialog.reason.setMaxLength(CoachingSession.CANCELLATION_REASON_MAX);
        dialog.reason.setWidthFull();
        dialog.lateByCandidate.setLabel(textOf("session.cancel.late-by-candidate"));
        dialog.lateByCandidate.setHelperText(textOf("session.cancel.late-by-candidate-help"));
        dialog.add(dialog.reason, dialog.lateByCandidate);
        dialog.back.setText(textOf("session.cancel.keep"));
        dialog.confirm.setText(textOf("session.cancel"));
        dialog.confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.confirm.addClickListener(click -> UiErrors.attempt(dialog, Map.of("reason", dialog.reason),
                () -> sessions.cancel(session.getId(), session.getVersion(), dialog.reason.getValue(),
                        dialog.lateByCandidate.getValue())).ifPresent(cancelled -> {
                    dialog.close();
                    UiErrors.success(textOf("session.cancelled"));
                    done.run();
                }));
        return dialog;
    }

    /** "No-show": asks, then records that the candidate did not come and calls {@code done}. */
    public static SessionConfirmDialog noShow(SessionService sessions, CoachingSession session, String candidateName,
                                              ZoneId zone, Runnable done) {
        SessionConfirmDialog dialog = new SessionConfirmDialog(
                textOf("session.no-show.confirm-title"),
                textOf("session.no-show.confirm-text", candidateName, when(session, zone)));
        dialog.back.setText(textOf("action.cancel"));
        dialog.confirm.setText(textOf("session.no-show"));
        dialog.confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.confirm.addClickListener(click -> UiErrors.attempt(dialog, Map.of(),
                () -> sessions.markNoShow(session.getId(), session.getVersion())).ifPresent(missed -> {
                    dialog.close();
                    UiErrors.success(textOf("session.no-show.done"));
                    done.run();
                }));
        return dialog;
    }

    private static String when(CoachingSession session, ZoneId zone) {
        return Formats.dateTime(session.getStartsAt(), zone, com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    private static String textOf(String key, Object... arguments) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, arguments);
    }
}
