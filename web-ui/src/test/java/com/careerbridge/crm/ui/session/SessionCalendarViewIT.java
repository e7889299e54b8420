package com.careerbridge.crm.ui.session;

import java.time.LocalDateTime;
import java.util.List;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.candidate.CandidateSort;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.testsupport.ui.GuideUiTestSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.careerbridge.testsupport.ui.TypedDates.type;
import static org.assertj.core.api.Assertions.assertThat;

class SessionCalendarViewIT extends GuideUiTestSupport {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Autowired
    SessionService sessions;

    private Candidate candidate;

    @BeforeEach
    void consultantWithCandidate() {
        signIn(newStaff(Role.CONSULTANT, "Cho Consultant"));
        candidate = newCandidate("Jung Hana");
    }

    @Test
    void theWeekShowsTheSessionAsABlockAndAnOverlapIsRefusedAtTheTimeFields() {
        LocalDateTime start = java.time.LocalDate.now(SEOUL).plusDays(1).atTime(10, 0);
        CoachingSession booked = sessions.schedule(candidate.getId(),
                new SessionPlan(start, start.plusHours(1), "Asia/Seoul", SessionMode.ONLINE, "https://meet.example/abc", "CV review"));

        SessionCalendarView view = navigate(SessionCalendarView.class);
        view.showDate(start.toLocalDate(), SessionCalendarView.CalendarSpan.WEEK);
        assertThat(view.shownSessions()).extracting(CoachingSession::getId).contains(booked.getId());
        Div block = $(Div.class).from(view.calendarGrid()).withAttribute("data-session-id", String.valueOf(booked.getId())).single();
        assertThat(block.getElement().getTextRecursively()).contains("Jung Hana");

        SessionFormDialog form = view.openSchedule(start.plusMinutes(30));
        form.candidateField().setValue(candidates.list(CandidateFilter.all().withText(candidate.getEmail().value()),
                CandidateSort.byName(), 0, 1).getFirst());
        assertThat(form.save()).isFalse();
        assertThat(form.startField().isInvalid()).isTrue();
        assertThat(form.startField().getErrorMessage()).isEqualTo("The consultant already has a session at that time.");
        assertThat(sessions.forCandidate(candidate.getId())).hasSize(1);

        form.startField().setValue(start.plusHours(2).toLocalTime());
        form.endField().setValue(start.plusHours(3).toLocalTime());
        assertThat(form.save()).isTrue();
        assertThat(sessions.forCandidate(candidate.getId())).hasSize(2);
    }

    @Test
    void sessionBlocksAreButtonsNamedWithWhatTheyShowAndTheWeekHasOneAddStopPerDay() {
        LocalDateTime start = java.time.LocalDate.now(SEOUL).plusDays(1).atTime(10, 0);
        CoachingSession booked = sessions.schedule(candidate.getId(),
                new SessionPlan(start, start.plusHours(1), "Asia/Seoul", SessionMode.ONLINE, "https://meet.example/x", null));
        SessionCalendarView view = navigate(SessionCalendarView.class);
        view.showDate(start.toLocalDate(), SessionCalendarView.CalendarSpan.WEEK);

        Div block = $(Div.class).from(view.calendarGrid()).withAttribute("data-session-id", String.valueOf(booked.getId())).single();
        String shown = block.getChildren().map(child -> child.getElement().getText()).reduce((a, b) -> a + " " + b).orElseThrow();
        assertThat(block.getElement().getAttribute("role")).isEqualTo("button");
        assertThat(block.getElement().getAttribute("tabindex")).isEqualTo("0");
        // WCAG 2.5.3: the accessible name begins with the visible text, so "click 10:00 AM–11:00 AM Jung Hana" works
        assertThat(block.getElement().getAttribute("aria-label")).startsWith(shown).contains("Scheduled");

        // The keyboard meets seven "add" buttons (one per day, in the headers) and the week's one session: not the
        // hundred-odd empty hours, which stay a mouse shortcut hidden from screen readers.
        List<Element> stops = tabStops(view.calendarGrid().getElement());
        assertThat(stops).hasSize(8);
        assertThat(stops.subList(0, 7)).allSatisfy(stop -> assertThat(stop.getAttribute("aria-label"))
                .startsWith("Plan a session on "));
        assertThat(stops.get(7)).isEqualTo(block.getElement());
        var slots = $(Div.class).from(view.calendarGrid()).withClassName("hour-slot").all();
        assertThat(slots).hasSizeGreaterThan(100).allSatisfy(slot -> {
            assertThat(slot.getElement().hasAttribute("tabindex")).isFalse();
            assertThat(slot.getElement().hasAttribute("role")).isFalse();
            assertThat(slot.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        });

        Button add = $(Button.class).from(view.calendarGrid()).withClassName("day-add").all().get(
                start.toLocalDate().getDayOfWeek().getValue() - 1);
        assertThat(add.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).contains(String.valueOf(start.getDayOfMonth())));
        test(add).click();
        SessionFormDialog form = $(SessionFormDialog.class).single();
        assertThat(form.dateField().getValue()).isEqualTo(start.toLocalDate());
        assertThat(form.startField().getValue()).isEqualTo(java.time.LocalTime.of(10, 0));
    }

    /**
     * The elements Tab stops at, in document order: an explicit tabindex of 0 or more, or a Vaadin field or button
     * (focusable by itself) that was not taken out with a negative tabindex.
     */
    private static List<Element> tabStops(Element root) {
        List<Element> stops = new java.util.ArrayList<>();
        root.getChildren().filter(child -> !child.isTextNode()).forEach(child -> {
            String tabindex = child.getAttribute("tabindex");
            boolean focusableByItself = child.getTag().equals("vaadin-button") || child.getTag().equals("a")
                    || child.getTag().equals("vaadin-text-field") || child.getTag().equals("vaadin-combo-box");
            if (tabindex != null ? Integer.parseInt(tabindex) >= 0 : focusableByItself) {
                stops.add(child);
            }
            stops.addAll(tabStops(child));
        });
        return stops;
    }

    @Test
    void theMonthShowsTheSessionOnItsDay() {
        LocalDateTime start = LocalDateTime.now(SEOUL).truncatedTo(ChronoUnit.HOURS).plusDays(2).withHour(14);
        CoachingSession booked = sessions.schedule(candidate.getId(),
                new SessionPlan(start, start.plusMinutes(45), "Asia/Seoul", SessionMode.IN_PERSON, "Gangnam office", null));

        SessionCalendarView view = navigate(SessionCalendarView.class);
        view.showDate(start.toLocalDate(), SessionCalendarView.CalendarSpan.MONTH);
        Div cell = $(Div.class).from(view.calendarGrid()).withAttribute("data-date", start.toLocalDate().toString()).single();
        assertThat($(Div.class).from(cell).withAttribute("data-session-id", String.valueOf(booked.getId())).exists()).isTrue();
    }

    @Test
    void cancellingAsksFirstAndKeepsTheReasonAndASessionAheadCannotBeCompletedOrMissed() {
        LocalDateTime start = java.time.LocalDate.now(SEOUL).plusDays(2).atTime(9, 0);
        CoachingSession ahead = sessions.schedule(candidate.getId(),
                new SessionPlan(start, start.plusHours(1), "Asia/Seoul", SessionMode.ONLINE, null, null));
        SessionCalendarView view = navigate(SessionCalendarView.class);

        SessionDetailsDialog details = view.openDetails(ahead);
        assertThat($(Button.class, details).withText("Complete").exists()).as("not started yet").isFalse();
        assertThat($(Button.class, details).withText("No-show").exists()).isFalse();
        test($(Button.class, details).withText("Cancel session").single()).click();

        SessionConfirmDialog confirm = $(SessionConfirmDialog.class).single();
        assertThat(confirm.getHeaderTitle()).isEqualTo("Cancel this session?");
        assertThat(sessions.get(ahead.getId()).getStatus()).as("nothing happens before the answer")
                .isEqualTo(SessionStatus.SCHEDULED);
        test(confirm.reason).setValue("I am ill; let us find a new time.");
        test(confirm.confirm).click();

        CoachingSession cancelled = sessions.get(ahead.getId());
        assertThat(cancelled.getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.getCancellationReason()).isEqualTo("I am ill; let us find a new time.");
        assertThat(details.isOpened()).isFalse();
        SessionDetailsDialog again = view.openDetails(cancelled);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, again)
                .withText("I am ill; let us find a new time.").exists()).as("the reason in the session's details").isTrue();
    }

    @Test
    void theTimeFieldsSpeakTheLanguageShown() {
        SessionCalendarView view = navigate(SessionCalendarView.class);
        com.vaadin.flow.component.UI.getCurrent().getSession().setLocale(java.util.Locale.KOREAN);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.KOREAN);

        SessionFormDialog form = view.openSchedule(LocalDateTime.now(SEOUL).plusDays(1).withHour(10).withMinute(0));

        assertThat(form.startField().getLocale()).isEqualTo(java.util.Locale.KOREA);
        assertThat(form.startField().getI18n().getBadInputErrorMessage()).startsWith("시간을 읽을 수 없습니다");
        assertThat(form.endField().getI18n().getRequiredErrorMessage()).isNotBlank().doesNotContain("field");
    }

    @Test
    void aNoShowIsRecordedOnlyAfterTheQuestion() {
        LocalDateTime start = LocalDateTime.now(SEOUL).truncatedTo(ChronoUnit.MINUTES).minusHours(2);
        CoachingSession held = sessions.schedule(candidate.getId(),
                new SessionPlan(start, start.plusHours(1), "Asia/Seoul", SessionMode.PHONE, null, null));
        SessionCalendarView view = navigate(SessionCalendarView.class);

        SessionDetailsDialog details = view.openDetails(held);
        assertThat($(Button.class, details).withText("Complete").exists()).isTrue();
        test($(Button.class, details).withText("No-show").single()).click();
        SessionConfirmDialog confirm = $(SessionConfirmDialog.class).single();
        assertThat(confirm.reason.isAttached()).isFalse();
        test(confirm.back).click();
        assertThat(sessions.get(held.getId()).getStatus()).isEqualTo(SessionStatus.SCHEDULED);

        test($(Button.class, details).withText("No-show").single()).click();
        test($(SessionConfirmDialog.class).last().confirm).click();
        assertThat(sessions.get(held.getId()).getStatus()).isEqualTo(SessionStatus.NO_SHOW);
    }

    @Test
    void completingRecordsTheSummaryActionItemsAndMockRating() {
        LocalDateTime start = LocalDateTime.now(SEOUL).truncatedTo(ChronoUnit.MINUTES).minusHours(3);
        CoachingSession held = sessions.schedule(candidate.getId(),
                new SessionPlan(start, start.plusHours(1), "Asia/Seoul", SessionMode.PHONE, null, "Mock interview"));
        SessionCalendarView view = navigate(SessionCalendarView.class);

        CompleteSessionDialog dialog = view.openComplete(held);
        dialog.privateNotesField().setValue("Nervous at the start; strong on numbers.");
        dialog.sharedSummaryField().setValue("Great structure. Work on the opening pitch.");
        CompleteSessionDialog.ActionRow row = dialog.addRow(null);
        row.descriptionField().setValue("Rewrite the 60-second pitch");
        row.dueField().setValue(start.toLocalDate().plusDays(7));
        dialog.ratingField().setValue(4);
        dialog.ratedRoleField().setValue(builtIn("sales"));
        assertThat(dialog.save()).isTrue();

        CoachingSession completed = sessions.get(held.getId());
        assertThat(completed.getStatus()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(completed.getSharedSummary()).isEqualTo("Great structure. Work on the opening pitch.");
        assertThat(completed.getPrivateNotes()).isEqualTo("Nervous at the start; strong on numbers.");
        assertThat(completed.getMockRating()).isEqualTo(4);
        assertThat(completed.getMockGuideId()).isEqualTo(builtIn("sales").guideId());
        assertThat(completed.getActionItems()).singleElement()
                .satisfies(item -> assertThat(item.getDescription()).isEqualTo("Rewrite the 60-second pitch"));
    }

    @Test
    void aSessionDateTypedAsIsoIsReadAndAnActionItemDueDateNobodyCanReadStopsCompletion() {
        LocalDateTime start = java.time.LocalDate.now(SEOUL).plusDays(3).atTime(16, 0);
        SessionCalendarView view = navigate(SessionCalendarView.class);
        SessionFormDialog form = view.openSchedule(start);
        form.candidateField().setValue(candidates.list(CandidateFilter.all().withText(candidate.getEmail().value()),
                CandidateSort.byName(), 0, 1).getFirst());
        form.dateField().clear();
        type(form.dateField(), start.toLocalDate().plusDays(1).toString());
        assertThat(form.save()).isTrue();
        assertThat(sessions.forCandidate(candidate.getId())).singleElement()
                .satisfies(session -> assertThat(session.getStartsAt().atZone(SEOUL).toLocalDate())
                        .isEqualTo(start.toLocalDate().plusDays(1)));

        LocalDateTime earlier = LocalDateTime.now(SEOUL).truncatedTo(ChronoUnit.MINUTES).minusHours(3);
        CoachingSession held = sessions.schedule(candidate.getId(),
                new SessionPlan(earlier, earlier.plusHours(1), "Asia/Seoul", SessionMode.PHONE, null, null));
        CompleteSessionDialog dialog = view.openComplete(held);
        dialog.sharedSummaryField().setValue("Good progress.");
        CompleteSessionDialog.ActionRow row = dialog.addRow(null);
        row.descriptionField().setValue("Send the revised CV");
        type(row.dueField(), "next friday");
        assertThat(dialog.save()).isFalse();
        assertThat(row.dueField().isInvalid()).isTrue();
        assertThat(sessions.get(held.getId()).getStatus()).isEqualTo(SessionStatus.SCHEDULED);

        type(row.dueField(), earlier.toLocalDate().plusDays(5).toString());
        assertThat(dialog.save()).isTrue();
        assertThat(sessions.get(held.getId()).getActionItems()).singleElement()
                .satisfies(item -> assertThat(item.getDueDate()).isEqualTo(earlier.toLocalDate().plusDays(5)));
    }

    @Test
    void aRatingWithoutARoleIsRefusedAtTheRoleField() {
        LocalDateTime start = LocalDateTime.now(SEOUL).truncatedTo(ChronoUnit.MINUTES).minusHours(5);
        CoachingSession held = sessions.schedule(candidate.getId(),
                new SessionPlan(start, start.plusHours(1), "Asia/Seoul", SessionMode.ONLINE, null, null));
        SessionCalendarView view = navigate(SessionCalendarView.class);

        CompleteSessionDialog dialog = view.openComplete(held);
        dialog.ratingField().setValue(3);
        assertThat(dialog.save()).isFalse();
        assertThat(dialog.ratedRoleField().isInvalid()).isTrue();
        assertThat(sessions.get(held.getId()).getStatus()).isEqualTo(SessionStatus.SCHEDULED);
    }
}
