package com.careerbridge.crm.ui.booking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.StaffDirectory;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.booking.Availabilities;
import com.careerbridge.crm.booking.AvailabilitySetup;
import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.ConsultantAvailability;
import com.careerbridge.crm.booking.SessionType;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.booking.WeeklyAvailability;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A consultant's bookable time (#15): the usual week, dated exceptions, the booking rules and the time zone, saved
 * together with the version read; below, the slots candidates would be offered. A consultant edits their own; an admin
 * chooses a consultant (or opens {@code availability?consultant=<id>}). Another consultant's is "not found".
 */
@Route("availability")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class AvailabilityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONSULTANT = "consultant";

    private final Availabilities availabilities;
    private final SessionTypes types;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    final ComboBox<UserAccount> consultant = new ComboBox<>();
    final Paragraph notConfigured = new Paragraph();
    final Div conflict = new Div();
    final Div notFound = new Div();
    private final Paragraph notFoundText = new Paragraph();
    final WeekEditor week = new WeekEditor();
    final ExceptionsEditor exceptions = new ExceptionsEditor();
    final RulesForm rules = new RulesForm();
    final Button save = new Button();
    final SlotPreview preview;
    private final Div editor = new Div();
    /** The setup as last read or saved here: its version goes with the next save. */
    private AvailabilitySetup shown;

    public AvailabilityView(Availabilities availabilities, SessionTypes types, Booking booking, StaffDirectory staff,
                            CurrentUser currentUser) {
        this.availabilities = availabilities;
        this.types = types;
        this.staff = staff;
        this.currentUser = currentUser;
        this.preview = new SlotPreview(booking);
        addClassName("availability-view");

        consultant.setLabel(getTranslation("availability.consultant"));
        consultant.setItemLabelGenerator(UserAccount::getDisplayName);
        consultant.setVisible(false);
        consultant.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                load(event.getValue().getId());
            }
        });
        notConfigured.setText(getTranslation("availability.not-configured"));
        notConfigured.addClassName("help-text");
        conflict.addClassName("form-conflict");
        conflict.setVisible(false);
        notFound.addClassName("not-found");
        notFound.add(notFoundText);
        notFound.setVisible(false);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        Paragraph weekHelp = new Paragraph(getTranslation("availability.week.help"));
        weekHelp.addClassName("help-text");
        Paragraph exceptionsHelp = new Paragraph(getTranslation("availability.exceptions.help"));
        exceptionsHelp.addClassName("help-text");
        editor.addClassName("availability-editor");
        editor.add(notConfigured, conflict, new H2(getTranslation("availability.week")), weekHelp, week,
                new H2(getTranslation("availability.exceptions")), exceptionsHelp, exceptions,
                new H2(getTranslation("availability.rules")), rules, save,
                new H2(getTranslation("availability.preview")), preview);
        editor.setVisible(false);
        add(consultant, notFound, editor);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AuthenticatedUser user = currentUser.require();
        String asked = event.getLocation().getQueryParameters().getSingleParameter(CONSULTANT).orElse(null);
        Long target;
        try {
            target = asked == null ? null : Long.valueOf(asked);
        } catch (NumberFormatException e) {
            showNotFound();
            return;
        }
        if (user.role() == Role.ADMIN) {
            List<UserAccount> consultants = staff.activeConsultants();
            consultant.setItems(consultants);
            consultant.setVisible(true);
            if (target == null) {
                if (consultants.isEmpty()) {
                    showNotFound();
                    notFoundText.setText(getTranslation("availability.no-consultants"));
                    return;
                }
                target = consultants.getFirst().getId();
            }
            long chosen = target;
            consultant.setValue(consultants.stream().filter(c -> c.getId() == chosen).findFirst().orElse(null));
        } else if (target == null) {
            target = user.userId();
        }
        load(target);
    }

    void load(long consultantId) {
        try {
            show(availabilities.of(consultantId));
        } catch (NotFoundException e) {
            showNotFound();
        }
    }

    private void showNotFound() {
        shown = null;
        notFoundText.setText(getTranslation("not-found.consultant"));
        editor.setVisible(false);
        notFound.setVisible(true);
    }

    private void show(AvailabilitySetup setup) {
        shown = setup;
        notFound.setVisible(false);
        editor.setVisible(true);
        conflict.setVisible(false);
        notConfigured.setVisible(!setup.configured());
        ConsultantAvailability availability = setup.availability();
        week.show(availability.weekly());
        exceptions.show(availability.exceptions());
        rules.show(setup.rules(), availability.zone());
        List<SessionType> offered = types.all().stream().filter(type -> !type.isArchived()).toList();
        preview.show(setup.consultantId(), availability.zone(), offered);
    }

    /** Saves week, exceptions, rules and zone with the version read; refusals at their fields, as everywhere. */
    void save() {
        if (shown == null) {
            return;
        }
        Map<String, HasValidation> fields = new HashMap<>();
        fields.putAll(week.fields());
        fields.putAll(exceptions.fields());
        fields.putAll(rules.fields());
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            AvailabilitySetup saved = availabilities.save(shown.consultantId(), shown.version(),
                    new ConsultantAvailability(new WeeklyAvailability(rules.timeZone(), week.ranges()),
                            exceptions.exceptions()),
                    rules.rules());
            show(saved);
            UiErrors.success(getTranslation("availability.saved"));
        } catch (RuntimeException e) {
            conflict.setText(getTranslation(ConflictException.STALE));
            conflict.setVisible(UiErrors.isStaleEdit(e));
            if (!UiErrors.show(this, e, fields)) {
                throw e;
            }
        }
    }

    @Override
    public String getPageTitle() {
        boolean admin = currentUser.get().map(user -> user.role() == Role.ADMIN).orElse(false);
        return getTranslation(admin ? "nav.availability.admin" : "nav.availability") + " · " + getTranslation("app.name");
    }
}
