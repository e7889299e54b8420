package com.careerbridge.crm.ui.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.booking.Availabilities;
import com.careerbridge.crm.booking.AvailabilitySetup;
import com.careerbridge.crm.booking.SessionType;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.booking.TimeOfDayRange;
import com.careerbridge.crm.ui.dashboard.DashboardView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityViewIT extends BrowserlessUiTest {

    @Autowired Availabilities availabilities;
    @Autowired SessionTypes types;

    @Test
    void aConsultantEditsTheirUsualWeekAndSavesIt() {
        UserAccount mina = staff("Mina", Role.CONSULTANT);
        signIn(mina);
        navigate(DashboardView.class);
        SideNavItem item = $(SideNavItem.class).withCondition(nav -> "My availability".equals(nav.getLabel())).single();
        assertThat(item.getPath()).isEqualTo("availability");
        AvailabilityView view = navigate(AvailabilityView.class);
        assertThat(view.notConfigured.isVisible()).as("never saved: the defaults are a suggestion").isTrue();
        assertThat(view.consultant.isVisible()).as("a consultant edits their own").isFalse();

        RangesEditor monday = view.week.days.get(DayOfWeek.MONDAY);
        assertThat(monday.pairs()).hasSize(2);
        test(monday.pairs().get(1).remove).click();
        test(monday.pairs().getFirst().from).setValue(LocalTime.of(10, 0));
        RangesEditor saturday = view.week.days.get(DayOfWeek.SATURDAY);
        assertThat(saturday.pairs()).as("a day off").isEmpty();
        test(saturday.add).click();
        test(saturday.pairs().getFirst().to).setValue(LocalTime.of(11, 30));
        test(view.rules.maxPerDay).setValue(3);
        test(view.save).click();

        assertThat(notificationTexts()).contains("Your availability has been saved.");
        assertThat(view.notConfigured.isVisible()).isFalse();
        AvailabilitySetup saved = availabilities.of(mina.getId());
        assertThat(saved.configured()).isTrue();
        assertThat(saved.availability().weekly().on(DayOfWeek.MONDAY)).containsExactly(TimeOfDayRange.of("10:00", "12:00"));
        assertThat(saved.availability().weekly().on(DayOfWeek.SATURDAY)).containsExactly(TimeOfDayRange.of("09:00", "11:30"));
        assertThat(saved.rules().maxSessionsPerDay()).isEqualTo(3);

        test(view.week.days.get(DayOfWeek.SUNDAY).add).click();
        test(view.save).click();
        assertThat(availabilities.of(mina.getId()).availability().weekly().on(DayOfWeek.SUNDAY))
                .as("the next save goes with the version of the first").hasSize(1);
    }

    @Test
    void overlappingTimesAndImpossibleRulesAreRefusedAtTheirFields() {
        UserAccount mina = staff("Mina", Role.CONSULTANT);
        signIn(mina);
        AvailabilityView view = navigate(AvailabilityView.class);

        RangesEditor tuesday = view.week.days.get(DayOfWeek.TUESDAY);
        test(tuesday.pairs().get(1).from).setValue(LocalTime.of(11, 0));
        test(view.save).click();

        assertThat(tuesday.isInvalid()).isTrue();
        assertThat(tuesday.getErrorMessage()).isEqualTo("These times overlap another range of the same day.");
        assertThat(view.week.days.get(DayOfWeek.MONDAY).isInvalid()).isFalse();
        assertThat(availabilities.of(mina.getId()).configured()).isFalse();

        test(tuesday.pairs().get(1).from).setValue(LocalTime.of(13, 0));
        view.rules.horizonDays.setValue(0); // past the field's own bounds, as a crafted request could send it
        test(view.save).click();
        assertThat(tuesday.isInvalid()).isFalse();
        assertThat(view.rules.horizonDays.isInvalid()).isTrue();
        assertThat(view.rules.horizonDays.getErrorMessage()).isEqualTo("This value is out of range.");
        assertThat(availabilities.of(mina.getId()).configured()).isFalse();

        test(view.rules.horizonDays).setValue(14);
        test(view.exceptions.add).click();
        test(view.save).click();
        ExceptionsEditor.Row row = view.exceptions.rows().getFirst();
        assertThat(row.date.isInvalid()).as("an exception needs its date").isTrue();
        assertThat(row.date.getErrorMessage()).isEqualTo("Please fill in this field.");
    }

    @Test
    void thePreviewShowsTheFreeTimesOfTheNextSevenDays() {
        signIn(staff("Admin", Role.ADMIN));
        SessionType type = types.create(SessionTypesViewIT.form("Coaching " + run));
        UserAccount mina = staff("Mina", Role.CONSULTANT);
        signIn(mina);
        AvailabilityView view = navigate(AvailabilityView.class);
        view.preview.type.setValue(type);
        assertThat($(Span.class).from(view.preview).withClassName("preview-slot").exists())
                .as("nothing is offered before the availability is saved").isFalse();
        assertThat(view.preview.days.getElement().getTextRecursively()).contains("No free times in the next seven days.");

        for (DayOfWeek day : DayOfWeek.values()) {
            RangesEditor editor = view.week.days.get(day);
            editor.show(List.of());
            editor.addPair(LocalTime.of(9, 0), LocalTime.of(12, 0));
        }
        test(view.save).click();
        view.preview.type.setValue(type);

        List<Span> slots = $(Span.class).from(view.preview).withClassName("preview-slot").all();
        // 24 hours' notice leaves at least five whole days of the seven, each with 09:00-11:00 every 30 minutes
        assertThat(slots).hasSizeGreaterThanOrEqualTo(5 * 5);
        assertThat(slots).extracting(Span::getText).contains("9:00 AM", "11:00 AM").doesNotContain("11:30 AM");
        // A heading per day with a free time: those five whole days at least, and the days at the edges of the notice
        // and of the seven days depending on the time of day (a run at 11:00 in the consultant's zone shows five).
        assertThat($(Span.class).from(view.preview).withClassName("preview-day-heading").all())
                .hasSizeBetween(5, 7);
    }

    private AvailabilityView open(UserAccount consultant) {
        UI.getCurrent().navigate(AvailabilityView.class,
                QueryParameters.of(AvailabilityView.CONSULTANT, String.valueOf(consultant.getId())));
        return $(AvailabilityView.class).single();
    }

    @Test
    void aConsultantCannotOpenAnotherConsultantsAvailabilityButAnAdminCan() {
        UserAccount other = staff("Other", Role.CONSULTANT);
        UserAccount mina = staff("Mina", Role.CONSULTANT);
        signIn(mina);

        AvailabilityView view = open(other);
        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.notFound.getElement().getTextRecursively())
                .isEqualTo("This consultant does not exist or is inactive.");
        assertThat(view.save.isVisible() && view.save.getParent().orElseThrow().isVisible()).isFalse();

        signIn(staff("Admin", Role.ADMIN));
        AvailabilityView asAdmin = open(other);
        assertThat(asAdmin.notFound.isVisible()).isFalse();
        assertThat(asAdmin.consultant.isVisible()).isTrue();
        assertThat(asAdmin.consultant.getValue().getId()).isEqualTo(other.getId());
        test(asAdmin.save).click();
        assertThat(availabilities.of(other.getId()).configured()).as("saved for the consultant chosen").isTrue();
    }
}
