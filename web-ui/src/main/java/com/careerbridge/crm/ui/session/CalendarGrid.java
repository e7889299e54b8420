package com.careerbridge.crm.ui.session;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.ui.common.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The calendar's grid, a week of hour slots or a month of day cells, drawn with plain components and a CSS grid (no
 * calendar add-on can be used here). What a click means is the calendar view's.
 */
class CalendarGrid extends Div {

    static final int FIRST_HOUR = 7;
    static final int LAST_HOUR = 22;

    /** What the grid asks of its view when someone clicks. */
    interface Actions {

        /** An empty hour of the week was clicked. */
        void scheduleAt(LocalDateTime start);

        /** A session's block was clicked. */
        void open(CoachingSession session);

        /** A day number in the month was clicked. */
        void showWeekOf(LocalDate day);
    }

    private final Actions actions;

    CalendarGrid(Actions actions) {
        this.actions = actions;
        addClassName("calendar");
        setWidthFull();
    }

    /** Draws the week from {@code first} (a Monday) in {@code zone}, widened to the hours the sessions need. */
    void showWeek(LocalDate first, ZoneId zone, List<CoachingSession> shown, Map<Long, String> candidateNames) {
        removeAll();
        addClassName("week");
        removeClassName("month");
        Locale locale = getLocale();
        LocalDate today = LocalDate.now(zone);
        int firstHour = FIRST_HOUR;
        int lastHour = LAST_HOUR;
        for (CoachingSession session : shown) {
            ZonedDateTime start = session.getStartsAt().atZone(zone);
            ZonedDateTime end = session.getEndsAt().atZone(zone);
            firstHour = Math.min(firstHour, start.getHour());
            lastHour = Math.max(lastHour, end.toLocalDate().isAfter(start.toLocalDate()) ? 24 : end.getHour() + (end.getMinute() > 0 ? 1 : 0));
        }
        int hours = lastHour - firstHour;
        getStyle().set("--cb-hours", String.valueOf(hours));

        Div corner = new Div();
        corner.addClassName("corner");
        add(corner);
        for (int d = 0; d < 7; d++) {
            LocalDate day = first.plusDays(d);
            Div header = new Div(new Span(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale)),
                    new Span(String.valueOf(day.getDayOfMonth())));
            header.addClassName("day-header");
            header.setClassName("today", day.equals(today));
            header.add(addButton(day, zone, locale));
            add(header);
        }
        Div hourLabels = new Div();
        hourLabels.addClassName("hour-labels");
        for (int h = firstHour; h < lastHour; h++) {
            Span label = new Span(Formats.time(LocalDate.now().atTime(h, 0).atZone(zone).toInstant(), zone, locale));
            label.addClassName("hour-label");
            hourLabels.add(label);
        }
        add(hourLabels);
        for (int d = 0; d < 7; d++) {
            LocalDate day = first.plusDays(d);
            Div column = new Div();
            column.addClassName("day-column");
            column.setClassName("today", day.equals(today));
            column.getElement().setAttribute("data-date", day.toString());
            for (int h = firstHour; h < lastHour; h++) {
                LocalDateTime slotStart = day.atTime(h, 0);
                Div slot = new Div();
                slot.addClassName("hour-slot");
                slot.getElement().setAttribute("title", getTranslation("session.new-at",
                        Formats.time(slotStart.atZone(zone).toInstant(), zone, locale)));
                // An empty hour is a mouse shortcut only: as tab stops, a week's hundred of them stood between the
                // keyboard and the sessions. The day's "add" button in its header does the same for the keyboard and
                // screen readers, so the slots are hidden from them.
                slot.getElement().setAttribute("aria-hidden", "true");
                slot.addClickListener(click -> actions.scheduleAt(slotStart));
                column.add(slot);
            }
            int dayStartMinutes = firstHour * 60;
            for (CoachingSession session : shown) {
                ZonedDateTime start = session.getStartsAt().atZone(zone);
                if (!start.toLocalDate().equals(day)) {
                    continue;
                }
                long top = start.getHour() * 60L + start.getMinute() - dayStartMinutes;
                long length = Math.max(20, Duration.between(session.getStartsAt(), session.getEndsAt()).toMinutes());
                Div block = sessionBlock(session, zone, candidateNames);
                block.getStyle().set("top", "calc(var(--cb-hour-height) * " + top + " / 60)");
                block.getStyle().set("height", "calc(var(--cb-hour-height) * " + length + " / 60 - 2px)");
                column.add(block);
            }
            add(column);
        }
    }

    /** Draws whole weeks from {@code first} to {@code endExclusive}; days outside {@code month}'s month are dimmed. */
    void showMonth(LocalDate first, LocalDate endExclusive, LocalDate month, ZoneId zone, List<CoachingSession> shown,
                   Map<Long, String> candidateNames) {
        removeAll();
        addClassName("month");
        removeClassName("week");
        Locale locale = getLocale();
        LocalDate today = LocalDate.now(zone);
        for (int d = 0; d < 7; d++) {
            Div header = new Div(new Span(first.plusDays(d).getDayOfWeek().getDisplayName(TextStyle.SHORT, locale)));
            header.addClassName("day-header");
            add(header);
        }
        for (LocalDate day = first; day.isBefore(endExclusive); day = day.plusDays(1)) {
            LocalDate cellDay = day;
            Button number = new Button(String.valueOf(day.getDayOfMonth()), click -> actions.showWeekOf(cellDay));
            number.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            number.setAriaLabel(Formats.date(day, locale));
            number.addClassName("day-number");
            Div cell = new Div(number);
            cell.addClassName("month-cell");
            cell.setClassName("other-month", day.getMonthValue() != month.getMonthValue());
            cell.setClassName("today", day.equals(today));
            cell.getElement().setAttribute("data-date", day.toString());
            shown.stream()
                    .filter(session -> session.getStartsAt().atZone(zone).toLocalDate().equals(cellDay))
                    .sorted(Comparator.comparing(CoachingSession::getStartsAt))
                    .forEach(session -> cell.add(sessionBlock(session, zone, candidateNames)));
            add(cell);
        }
    }

    /** The day's one tab stop for planning: opens the form on that day, at the hour a new session usually starts. */
    private Button addButton(LocalDate day, ZoneId zone, Locale locale) {
        Button add = new Button(VaadinIcon.PLUS.create(), click -> actions.scheduleAt(suggestedStart(day, zone)));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        add.addClassName("day-add");
        String name = getTranslation("session.plan-on-day", Formats.date(day, locale));
        add.setAriaLabel(name);
        add.setTooltipText(name);
        return add;
    }

    /** Ten o'clock, as the toolbar's button; later today, the next full hour while the office is open. */
    static LocalDateTime suggestedStart(LocalDate day, ZoneId zone) {
        LocalDateTime ten = day.atTime(10, 0);
        LocalDateTime nextHour = LocalDateTime.now(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        if (day.equals(nextHour.toLocalDate()) && nextHour.isAfter(ten) && nextHour.getHour() < LAST_HOUR) {
            return nextHour;
        }
        return ten;
    }

    private Div sessionBlock(CoachingSession session, ZoneId zone, Map<Long, String> candidateNames) {
        Locale locale = getLocale();
        String name = candidateNames.getOrDefault(session.getCandidateId(), "");
        Span time = new Span(Formats.time(session.getStartsAt(), zone, locale) + "–" + Formats.time(session.getEndsAt(), zone, locale));
        time.addClassName("session-time");
        Span who = new Span(name);
        who.addClassName("session-candidate");
        Div block = new Div(time, who);
        block.addClassName("session-block");
        String selfBooked = "";
        if (session.isBookedByCandidate()) {
            Span badge = new Span(getTranslation("session.booked-by-candidate"));
            badge.addClassName("self-booked-badge");
            block.add(badge);
            block.addClassName("self-booked");
            selfBooked = ", " + badge.getText();
        }
        block.addClassName("status-" + session.getStatus().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        block.addClassName("mode-" + session.getMode().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        // The name starts with the text the block shows (WCAG 2.5.3), then adds the day and the status it implies.
        block.getElement().setAttribute("aria-label", time.getText() + " " + name + ", "
                + Formats.date(session.getStartsAt().atZone(zone).toLocalDate(), locale)
                + ", " + getTranslation("session.status." + session.getStatus().name()) + selfBooked);
        block.getElement().setAttribute("data-session-id", String.valueOf(session.getId()));
        operableByKeyboard(block, () -> actions.open(session));
        block.addClickListener(click -> actions.open(session));
        return block;
    }

    /** Makes a drawn element a button for the keyboard: a tab stop that Enter and Space press. */
    private static void operableByKeyboard(Div element, Runnable action) {
        element.getElement().setAttribute("role", "button");
        element.getElement().setAttribute("tabindex", "0");
        // Space would scroll the page: its default is prevented, and only for the two keys that press the button.
        element.getElement().addEventListener("keydown", event -> action.run())
                .setFilter("(event.key === 'Enter' || event.key === ' ') && (event.preventDefault(), true)");
    }
}
