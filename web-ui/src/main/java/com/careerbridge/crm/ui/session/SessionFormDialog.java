package com.careerbridge.crm.ui.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Consumer;

import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CandidateSort;
import com.careerbridge.crm.candidate.CandidateSummary;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.careerbridge.crm.ui.common.DatePickers;
import com.careerbridge.crm.ui.common.TimePickers;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.provider.CallbackDataProvider;

/**
 * Books a new session or moves an existing one. A clash with another session of the consultant is reported at the
 * time fields, where it can be fixed.
 */
public class SessionFormDialog extends Dialog {

    static final String DOUBLE_BOOKED = "conflict.double-booked";

    private final SessionService sessions;
    private final CoachingSession existing;
    private final Consumer<CoachingSession> onSaved;
    private final ComboBox<CandidateSummary> candidate = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final ComboBox<String> zone = new ComboBox<>();
    private final Select<SessionMode> mode = new Select<>();
    private final TextField location = new TextField();
    private final TextArea agenda = new TextArea();

    private SessionFormDialog(SessionService sessions, CandidateService candidates, CoachingSession existing,
                              LocalDateTime suggestedStart, ZoneId suggestedZone, Consumer<CoachingSession> onSaved) {
        this.sessions = sessions;
        this.existing = existing;
        this.onSaved = onSaved;
        addClassName("session-form-dialog");
        setHeaderTitle(getTranslation(existing == null ? "session.new" : "session.move"));

        candidate.setLabel(getTranslation("session.field.candidate"));
        candidate.setItemLabelGenerator(summary -> summary.fullName() + " · " + summary.email());
        candidate.setItems(new CallbackDataProvider<CandidateSummary, String>(
                query -> candidates.list(CandidateFilter.all().withText(query.getFilter().orElse(null)), CandidateSort.byName(),
                        query.getOffset(), Math.min(query.getLimit(), CandidateService.MAX_PAGE_SIZE)).stream(),
                query -> (int) candidates.count(CandidateFilter.all().withText(query.getFilter().orElse(null))),
                CandidateSummary::id));
        date.setLabel(getTranslation("session.field.date"));
        DatePickers.localize(date, getLocale());
        start.setLabel(getTranslation("session.field.start"));
        end.setLabel(getTranslation("session.field.end"));
        start.setStep(java.time.Duration.ofMinutes(15));
        end.setStep(java.time.Duration.ofMinutes(15));
        TimePickers.localize(start);
        TimePickers.localize(end);
        start.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && event.getOldValue() != null && end.getValue() != null) {
                end.setValue(event.getValue().plus(java.time.Duration.between(event.getOldValue(), end.getValue())));
            }
        });
        zone.setLabel(getTranslation("session.field.zone"));
        zone.setItems(SessionCalendarView.zones());
        zone.setAllowCustomValue(false);
        mode.setLabel(getTranslation("session.field.mode"));
        mode.setItems(SessionMode.values());
        mode.setItemLabelGenerator(value -> getTranslation("session.mode." + value.name()));
        location.setLabel(getTranslation("session.field.location"));
        location.setMaxLength(CoachingSession.LOCATION_MAX);
        location.setHelperText(getTranslation("session.field.location.help"));
        agenda.setLabel(getTranslation("session.field.agenda"));
        agenda.setMaxLength(CoachingSession.AGENDA_MAX);

        if (existing == null) {
            date.setValue(suggestedStart.toLocalDate());
            start.setValue(suggestedStart.toLocalTime());
            end.setValue(suggestedStart.toLocalTime().plusHours(1));
            zone.setValue(suggestedZone.getId());
            mode.setValue(SessionMode.ONLINE);
        } else {
            Candidate person = candidates.get(existing.getCandidateId());
            candidate.setValue(new CandidateSummary(person.getId(), person.getFullName(), person.getEmail().value(),
                    person.getPipelineStatus(), person.getCareerStage(), person.getConsultantId(), null, null, person.getUpdatedAt()));
            candidate.setReadOnly(true);
            ZonedDateTime from = existing.getStartsAt().atZone(existing.getTimeZone());
            date.setValue(from.toLocalDate());
            start.setValue(from.toLocalTime());
            end.setValue(existing.getEndsAt().atZone(existing.getTimeZone()).toLocalTime());
            if (!SessionCalendarView.zones().contains(existing.getTimeZone().getId())) {
                // booked elsewhere (e.g. through the API) in a zone the list does not offer: keep it choosable
                java.util.List<String> zones = new java.util.ArrayList<>(SessionCalendarView.zones());
                zones.add(existing.getTimeZone().getId());
                zone.setItems(zones);
            }
            zone.setValue(existing.getTimeZone().getId());
            mode.setValue(existing.getMode());
            location.setValue(existing.getLocation() == null ? "" : existing.getLocation());
            agenda.setValue(existing.getAgenda() == null ? "" : existing.getAgenda());
        }

        FormLayout form = new FormLayout(candidate, date, start, end, zone, mode, location, agenda);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(candidate, 2);
        form.setColspan(location, 2);
        form.setColspan(agenda, 2);
        add(form);
        setWidth("min(40rem, 95vw)");

        Button save = new Button(getTranslation(existing == null ? "session.schedule" : "session.save-move"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), save);
    }

    public static SessionFormDialog schedule(SessionService sessions, CandidateService candidates, LocalDateTime start,
                                             ZoneId zone, Consumer<CoachingSession> onSaved) {
        return new SessionFormDialog(sessions, candidates, null, start, zone, onSaved);
    }

    public static SessionFormDialog move(SessionService sessions, CandidateService candidates, CoachingSession session,
                                         Consumer<CoachingSession> onSaved) {
        return new SessionFormDialog(sessions, candidates, session, null, null, onSaved);
    }

    /** Saves; true when the session was booked or moved. */
    public boolean save() {
        if (existing == null && candidate.getValue() == null) {
            candidate.setErrorMessage(getTranslation("error.required"));
            candidate.setInvalid(true);
            return false;
        }
        candidate.setInvalid(false);
        if (DatePickers.unreadable(date) != null) {
            return false;
        }
        LocalDate day = date.getValue();
        SessionPlan plan = new SessionPlan(day == null || start.getValue() == null ? null : LocalDateTime.of(day, start.getValue()),
                day == null || end.getValue() == null ? null : LocalDateTime.of(day, end.getValue()),
                zone.getValue(), mode.getValue(), location.getValue(), agenda.getValue());
        Map<String, HasValidation> fields = Map.of("start", start, "end", end, "timeZone", zone, "mode", mode,
                "location", location, "agenda", agenda);
        return UiErrors.attempt(this, fields, () -> {
            try {
                return existing == null ? sessions.schedule(candidate.getValue().id(), plan)
                        : sessions.reschedule(existing.getId(), existing.getVersion(), plan);
            } catch (ConflictException e) {
                if (!DOUBLE_BOOKED.equals(e.code())) {
                    throw e;
                }
                String message = getTranslation(DOUBLE_BOOKED);
                start.setErrorMessage(message);
                start.setInvalid(true);
                end.setErrorMessage(message);
                end.setInvalid(true);
                return null;
            }
        }).map(saved -> {
            close();
            UiErrors.success(getTranslation(existing == null ? "session.scheduled" : "session.moved"));
            onSaved.accept(saved);
            return true;
        }).orElse(false);
    }

    public ComboBox<CandidateSummary> candidateField() {
        return candidate;
    }

    public DatePicker dateField() {
        return date;
    }

    public TimePicker startField() {
        return start;
    }

    public TimePicker endField() {
        return end;
    }

    public ComboBox<String> zoneField() {
        return zone;
    }

    public TextField locationField() {
        return location;
    }

    public TextArea agendaField() {
        return agenda;
    }

    static LocalTime roundedHour(LocalTime time) {
        return time.withMinute(0).withSecond(0).withNano(0);
    }
}
