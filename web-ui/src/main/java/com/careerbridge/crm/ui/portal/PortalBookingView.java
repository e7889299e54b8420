package com.careerbridge.crm.ui.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;

import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.OfferedType;
import com.careerbridge.crm.booking.Slot;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.session.CandidateSessionView;
import com.careerbridge.crm.ui.common.BrowserZone;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The candidate books a session with their consultant (#15): a session type, a free time in a week of their own
 * calendar (the browser's zone, else the office's), a confirmation with an optional note. Below, their upcoming
 * sessions, which they move or cancel themselves until the type's cut-off. Everything goes through {@link Booking},
 * which only ever answers for the signed-in candidate.
 */
@Route("portal/book")
@RolesAllowed("CANDIDATE")
public class PortalBookingView extends VerticalLayout implements HasDynamicTitle {

    private final transient Booking booking;
    private final ZoneId zone;
    private final UpcomingBookings upcoming;
    private SlotWeek week;

    public PortalBookingView(Booking booking, CandidateService candidates, Clock clock) {
        this.booking = booking;
        this.zone = BrowserZone.current();
        addClassNames("portal-view", "portal-booking-view");

        Button back = new Button(getTranslation("portal.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PortalView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph zoneText = new Paragraph(getTranslation("booking.zone",
                zone.getDisplayName(TextStyle.FULL, getLocale()) + " (" + zone.getId() + ")"));
        zoneText.addClassName("booking-zone");
        Div hero = new Div(new H2(getTranslation("booking.title")), zoneText);
        hero.addClassName("portal-hero");
        add(back, hero);

        upcoming = new UpcomingBookings(booking, clock, zone, this::refreshWeek);
        List<OfferedType> types = booking.offeredTypes();
        if (types.isEmpty()) {
            boolean noConsultant = candidates.mine().getConsultantId() == null;
            add(section("booking.choose", empty(noConsultant ? "booking.empty.no-consultant" : "booking.empty.no-types")));
        } else {
            RadioButtonGroup<OfferedType> typeChoice = new RadioButtonGroup<>(getTranslation("booking.type"));
            typeChoice.addClassName("booking-types");
            typeChoice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            typeChoice.setItemLabelGenerator(type -> BookingCalls.describe(this, getLocale(), type));
            typeChoice.setItems(types);
            week = new SlotWeek(booking, zone, LocalDate.now(clock.withZone(zone)), this::confirm);
            typeChoice.addValueChangeListener(event -> {
                if (event.getValue() != null) {
                    week.show(event.getValue());
                }
            });
            typeChoice.setValue(types.getFirst());
            add(section("booking.choose", new Div(typeChoice, week)));
        }
        add(section("booking.upcoming", upcoming));
    }

    private void confirm(Slot slot) {
        new BookSlotDialog(booking, week.type(), slot, zone, this::booked, week::refresh).open();
    }

    private void booked(CandidateSessionView session) {
        UiErrors.success(getTranslation("booking.booked",
                BookingCalls.when(new Slot(session.startsAt(), session.endsAt()), zone, getLocale())));
        upcoming.refresh();
        week.refresh();
    }

    private void refreshWeek() {
        if (week != null) {
            week.refresh();
        }
    }

    /** The zone the page shows times in. */
    ZoneId zone() {
        return zone;
    }

    private Component section(String headingKey, Component body) {
        Div section = new Div(new H3(getTranslation(headingKey)), body);
        section.addClassName("portal-section");
        return section;
    }

    private Component empty(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.addClassName("empty-state");
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.title") + " · " + getTranslation("app.name");
    }
}
