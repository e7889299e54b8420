package com.careerbridge.crm.ui.portal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.booking.Availabilities;
import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.BookingRules;
import com.careerbridge.crm.booking.ConsultantAvailability;
import com.careerbridge.crm.booking.OfferedType;
import com.careerbridge.crm.booking.SessionType;
import com.careerbridge.crm.booking.SessionTypeForm;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.booking.Slot;
import com.careerbridge.crm.booking.TimeOfDayRange;
import com.careerbridge.crm.booking.WeeklyAvailability;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.ui.layout.AccessDeniedView;
import com.careerbridge.testsupport.ui.GuideUiTestSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate's booking page on the real services: the consultant's week is open around the clock (every hour, no
 * notice needed), so next week always has free times whatever the day the test runs.
 */
class PortalBookingViewIT extends GuideUiTestSupport {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Autowired
    Availabilities availabilities;
    @Autowired
    SessionTypes sessionTypes;
    @Autowired
    Booking booking;

    private UserAccount consultant;
    private UserAccount admin;
    private Candidate mine;
    private String myLogin;
    private String run;

    @BeforeEach
    void aConsultantOpenAroundTheClock() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        run = unique("b");
        admin = newStaff(Role.ADMIN, "Booking Admin");
        consultant = newStaff(Role.CONSULTANT, "Booking Consultant");
        signIn(consultant);
        WeeklyAvailability week = WeeklyAvailability.none(SEOUL);
        for (DayOfWeek day : DayOfWeek.values()) {
            week = week.with(day, TimeOfDayRange.of("00:00", "23:59"));
        }
        availabilities.save(consultant.getId(), 0, ConsultantAvailability.of(week),
                new BookingRules(Duration.ZERO, 60, null, 60));
        mine = newCandidate("Seo Minji");
        myLogin = giveLogin(mine);
    }

    @Test
    void theCandidateBooksAFreeTimeThenMovesItAndCancelsIt() {
        SessionType type = newType("Career talk", 60);
        signIn(myLogin);
        PortalBookingView view = navigate(PortalBookingView.class);
        assertThat(text(view)).contains("Asia/Seoul");
        RadioButtonGroup<OfferedType> types = typeChoice();
        OfferedType offered = offered(types, type);
        assertThat(types.getItemLabelGenerator().apply(offered)).isEqualTo("Career talk " + run + " · 60 min · Online");
        types.setValue(offered);

        nextWeek();
        List<Button> times = $(Button.class).withClassName("slot-button").all();
        assertThat(times).hasSizeGreaterThan(7 * 20);
        test(times.getFirst()).click();
        test($(TextArea.class).from($(Dialog.class).single()).single()).setValue("My CV, please");
        test($(Button.class).withClassName("booking-confirm").single()).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Your session is booked"));
        assertThat($(Dialog.class).all()).isEmpty();
        Div item = $(Div.class).withClassName("booking-upcoming-item").single();
        assertThat(text(item)).contains("Career talk " + run, "My CV, please", "You can reschedule or cancel until");
        Booking.Upcoming booked = booking.upcoming().getFirst();
        assertThat(booked.session().agenda()).isEqualTo("My CV, please");
        assertThat(booked.session().sessionTypeId()).isEqualTo(type.getId());

        test($(Button.class).withClassName("booking-reschedule").single()).click();
        Dialog move = $(Dialog.class).single();
        test($(Button.class).withClassName("slot-week-next").from(move).single()).click();
        Button third = $(Button.class).withClassName("slot-button").from(move).all().get(2);
        test(third).click();
        Button confirm = $(Button.class).withClassName("reschedule-confirm").single();
        assertThat(confirm.getText()).startsWith("Move to ");
        test(confirm).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Your session has been moved"));
        List<Booking.Upcoming> moved = booking.upcoming();
        assertThat(moved).hasSize(1);
        // the third free time of the same Monday: 00:00 is the session's own, so 01:00, 02:00, 03:00
        assertThat(moved.getFirst().session().startsAt()).isEqualTo(booked.session().startsAt().plus(Duration.ofHours(3)));
        assertThat(text($(Div.class).withClassName("booking-upcoming-item").single()))
                .contains(confirm.getText().substring("Move to ".length()));

        test($(Button.class).withClassName("booking-cancel").single()).click();
        test($(TextArea.class).from($(Dialog.class).single()).single()).setValue("Got an offer");
        test($(Button.class).withClassName("cancel-confirm").single()).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Your session has been cancelled"));
        assertThat($(Div.class).withClassName("booking-upcoming-item").all()).isEmpty();
        assertThat(booking.upcoming()).isEmpty();
    }

    @Test
    void aTimeTakenMeanwhileShowsTheMessageAndTheNextFreeTimesOneOfWhichBooks() {
        SessionType type = newType("Interview practice", 60);
        String otherLogin = giveLogin(newCandidateAs(consultant, "Kang Yuna"));
        signIn(myLogin);
        PortalBookingView view = navigate(PortalBookingView.class);
        typeChoice().setValue(offered(typeChoice(), type));
        nextWeek();
        Button first = $(Button.class).withClassName("slot-button").first();

        signIn(otherLogin);
        LocalDate nextMonday = LocalDate.now(view.zone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
        Slot taken = booking.slots(type.getId(), nextMonday, nextMonday.plusDays(6), view.zone()).slots().getFirst();
        booking.book(type.getId(), taken.start(), null);
        signIn(myLogin);

        test(first).click();
        test($(Button.class).withClassName("booking-confirm").single()).click();

        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(text($(Div.class).withClassName("slot-taken").single()))
                .contains("Someone has just booked this time.", "These times are still free:");
        List<Button> alternatives = $(Button.class).withClassName("slot-alternative").all();
        assertThat(alternatives).hasSizeBetween(1, Booking.NEXT_FREE);
        String chosen = alternatives.getFirst().getText();
        test(alternatives.getFirst()).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).isEqualTo("Your session is booked: " + chosen));
        assertThat(text($(Div.class).withClassName("booking-upcoming-item").single())).contains(chosen);
        assertThat(booking.upcoming().getFirst().session().startsAt()).isEqualTo(taken.start().plus(Duration.ofHours(1)));
    }

    @Test
    void pastTheCutOffTheButtonsAreGoneAndTheCandidateIsToldWhomToAsk() {
        SessionType type = newType("Offer review", SessionTypeForm.MAX_CUTOFF); // changeable until two weeks before
        signIn(myLogin);
        navigate(PortalBookingView.class);
        typeChoice().setValue(offered(typeChoice(), type));
        nextWeek();
        test($(Button.class).withClassName("slot-button").first()).click();
        test($(Button.class).withClassName("booking-confirm").single()).click();

        Div item = $(Div.class).withClassName("booking-upcoming-item").single();
        assertThat(text(item)).contains("Offer review " + run, "Changes after", "contact your consultant");
        assertThat($(Button.class).withClassName("booking-reschedule").all()).isEmpty();
        assertThat($(Button.class).withClassName("booking-cancel").all()).isEmpty();
    }

    @Test
    void timesAreShownInTheBrowsersZone() {
        newType("Evening call", 60);
        signIn(myLogin);
        UI ui = UI.getCurrent();
        String[] values = new String[18];
        values[10] = "America/New_York";
        ui.getInternals().setExtendedClientDetails(new ExtendedClientDetails(ui, values[0], values[1], values[2],
                values[3], values[4], values[5], values[6], values[7], values[8], values[9], values[10], values[11],
                values[12], values[13], values[14], values[15], values[16], values[17]));

        PortalBookingView view = navigate(PortalBookingView.class);

        assertThat(view.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(text(view)).contains("(America/New_York)");
    }

    @Test
    void aCandidateWithoutAConsultantIsToldWhyNothingCanBeBooked() {
        signIn(admin);
        Candidate alone = candidates.create(new CandidateForm("Lee Alone", unique("alone") + "@example.com", "",
                Language.EN, "Asia/Seoul", CareerStage.EXPERIENCED, "", "", List.of()), null);
        String login = giveLogin(alone);
        signIn(login);

        PortalBookingView view = navigate(PortalBookingView.class);

        assertThat(text(view)).contains("You do not have a consultant yet");
        assertThat($(RadioButtonGroup.class).all()).isEmpty();
        assertThat($(Button.class).withClassName("slot-button").all()).isEmpty();
    }

    @Test
    void thePortalLeadsToTheBookingPageWhichStaffCannotOpen() {
        signIn(myLogin);
        navigate(PortalView.class);
        test($(Button.class).withClassName("portal-book-button").single()).click();
        assertThat($(PortalBookingView.class).all()).hasSize(1);

        signIn(consultant);
        assertThat(navigate("portal/book", AccessDeniedView.class)).isNotNull();
    }

    private SessionType newType(String name, int cutoffMinutes) {
        signIn(admin);
        return sessionTypes.create(new SessionTypeForm(LocalizedText.of(name + " " + run + " (ko)", name + " " + run),
                60, SessionMode.ONLINE, null, 0, 0, true, cutoffMinutes, null));
    }

    private Candidate newCandidateAs(UserAccount account, String name) {
        signIn(account);
        return newCandidate(name);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<OfferedType> typeChoice() {
        return $(RadioButtonGroup.class).withClassName("booking-types").single();
    }

    private static OfferedType offered(RadioButtonGroup<OfferedType> types, SessionType type) {
        return types.getListDataView().getItems().filter(item -> item.id() == type.getId()).findFirst().orElseThrow();
    }

    private void nextWeek() {
        test($(Button.class).withClassName("slot-week-next").single()).click();
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
