package com.careerbridge.crm.ui.session;

import java.time.DayOfWeek;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The consultant's calendar, week or month (drawn by {@link CalendarGrid}). Times are shown in the chosen zone, Seoul
 * by default. Admins choose whose calendar to look at. A click on an empty hour books a session there; a click on a
 * session opens its details, from where it is moved, completed or cancelled.
 */
@Route("sessions")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class SessionCalendarView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> COMMON_ZONES = List.of("Asia/Seoul", "Asia/Tokyo", "Asia/Singapore",
            "Asia/Shanghai", "Australia/Sydney", "Europe/London", "Europe/Berlin", "America/New_York",
            "America/Los_Angeles", "UTC");

    /** Week or month. */
    public enum CalendarSpan { WEEK, MONTH }

    private final SessionService sessions;
    private final CandidateService candidates;
    private final RoleGuideService guides;
    private final Clock clock;
    private final boolean admin;
    private final long userId;
    private final Map<Long, String> candidateNames = new HashMap<>();
    private final H2 rangeLabel = new H2();
    private final RadioButtonGroup<CalendarSpan> spanToggle = new RadioButtonGroup<>();
    private final ComboBox<String> zoneField = new ComboBox<>();
    private final Select<UserAccount> consultantField = new Select<>();
    private final CalendarGrid calendar;
    private LocalDate anchor;
    private List<CoachingSession> shown = List.of();

    public SessionCalendarView(SessionService sessions, CandidateService candidates, RoleGuideService guides,
                               AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
        this.candidates = candidates;
        this.guides = guides;
        var user = currentUser.require();
        this.admin = user.role() == Role.ADMIN;
        this.userId = user.userId();
        calendar = new CalendarGrid(new CalendarGrid.Actions() {
            @Override
            public void scheduleAt(LocalDateTime start) {
                openSchedule(start);
            }

            @Override
            public void open(CoachingSession session) {
                openDetails(session);
            }

            @Override
            public void showWeekOf(LocalDate day) {
                showDate(day, CalendarSpan.WEEK);
            }
        });
        addClassName("session-calendar-view");
        setSizeFull();
        anchor = LocalDate.now(ViewerTime.zone());

        Button previous = iconButton(VaadinIcon.ANGLE_LEFT, "session.previous", () -> shift(-1));
        Button today = new Button(getTranslation("session.today"), click -> {
            anchor = LocalDate.now(zone());
            refresh();
        });
        Button next = iconButton(VaadinIcon.ANGLE_RIGHT, "session.next", () -> shift(1));
        spanToggle.setItems(CalendarSpan.values());
        spanToggle.setItemLabelGenerator(value -> getTranslation("session.span." + value.name()));
        spanToggle.setValue(CalendarSpan.WEEK);
        spanToggle.addValueChangeListener(event -> refresh());
        spanToggle.setAriaLabel(getTranslation("session.span"));
        zoneField.setItems(zones());
        zoneField.setValue(ViewerTime.zone().getId());
        zoneField.setAriaLabel(getTranslation("session.field.zone"));
        zoneField.setPrefixComponent(VaadinIcon.GLOBE.create());
        zoneField.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                refresh();
            }
        });
        zoneField.addClassName("zone-field");
        Button create = new Button(getTranslation("session.new"), VaadinIcon.PLUS.create(),
                click -> openSchedule(LocalDateTime.of(anchor, LocalTime.of(10, 0))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FlexLayout toolbar = new FlexLayout(previous, today, next, rangeLabel, spanToggle, zoneField);
        if (admin) {
            consultantField.setItems(accounts.findByRole(Role.CONSULTANT));
            consultantField.setItemLabelGenerator(account -> account == null ? getTranslation("session.all-consultants")
                    : account.getDisplayName());
            consultantField.setEmptySelectionAllowed(true);
            consultantField.setEmptySelectionCaption(getTranslation("session.all-consultants"));
            consultantField.setAriaLabel(getTranslation("session.consultant"));
            consultantField.addValueChangeListener(event -> refresh());
            toolbar.add(consultantField);
        }
        toolbar.add(create);
        toolbar.addClassName("calendar-toolbar");
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        rangeLabel.addClassName("calendar-range");

        add(toolbar, calendar);
        setFlexGrow(1, calendar);
        refresh();
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    /** The zones offered for a session: the viewer's own first, then those the consultancy's candidates often live in. */
    public static List<String> zones() {
        java.util.LinkedHashSet<String> zones = new java.util.LinkedHashSet<>();
        zones.add(ViewerTime.zone().getId());
        zones.addAll(COMMON_ZONES);
        return List.copyOf(zones);
    }

    private ZoneId zone() {
        return zoneField.getValue() == null ? ViewerTime.zone() : ZoneId.of(zoneField.getValue());
    }

    private void shift(int direction) {
        anchor = spanToggle.getValue() == CalendarSpan.MONTH ? anchor.plusMonths(direction) : anchor.plusWeeks(direction);
        refresh();
    }

    /** Shows the week or month around the given day. */
    public void showDate(LocalDate day, CalendarSpan span) {
        anchor = day;
        spanToggle.setValue(span);
        refresh();
    }

    public void refresh() {
        LocalDate first;
        LocalDate endExclusive;
        if (spanToggle.getValue() == CalendarSpan.MONTH) {
            LocalDate monthStart = anchor.withDayOfMonth(1);
            first = monthStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate monthEnd = anchor.with(TemporalAdjusters.lastDayOfMonth());
            endExclusive = monthEnd.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1);
        } else {
            first = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            endExclusive = first.plusDays(7);
        }
        ZoneId zone = zone();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = endExclusive.atStartOfDay(zone).toInstant();
        try {
            shown = load(from, to);
        } catch (DomainException e) {
            UiErrors.show(this, e);
            shown = List.of();
        }
        candidateNames.putAll(candidates.names(shown.stream().map(CoachingSession::getCandidateId)
                .filter(id -> !candidateNames.containsKey(id)).collect(java.util.stream.Collectors.toSet())));
        Locale locale = getLocale();
        if (spanToggle.getValue() == CalendarSpan.MONTH) {
            rangeLabel.setText(monthLabel(anchor, locale));
            calendar.showMonth(first, endExclusive, anchor, zone, shown, candidateNames);
        } else {
            rangeLabel.setText(Formats.shortDate(first, locale) + " – " + Formats.shortDate(endExclusive.minusDays(1), locale));
            calendar.showWeek(first, zone, shown, candidateNames);
        }
    }

    private List<CoachingSession> load(Instant from, Instant to) {
        if (!admin) {
            return sessions.calendar(userId, from, to);
        }
        UserAccount consultant = consultantField.getValue();
        return consultant == null ? sessions.allBetween(from, to) : sessions.calendar(consultant.getId(), from, to);
    }

    private static String monthLabel(LocalDate day, Locale locale) {
        if ("ko".equals(locale.getLanguage())) {
            return day.getYear() + "년 " + day.getMonthValue() + "월";
        }
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
    }

    /** Opens a session's details (also what a click on its block does). */
    public SessionDetailsDialog openDetails(CoachingSession session) {
        CoachingSession fresh = sessions.get(session.getId());
        SessionDetailsDialog dialog = new SessionDetailsDialog(sessions, fresh,
                candidateNames.getOrDefault(fresh.getCandidateId(), ""), zone(), clock.instant(),
                new SessionDetailsDialog.Actions() {
            @Override
            public void move(CoachingSession target) {
                SessionFormDialog.move(sessions, candidates, target, saved -> refresh()).open();
            }

            @Override
            public void complete(CoachingSession target) {
                openComplete(target);
            }

            @Override
            public void changed() {
                refresh();
            }
        });
        dialog.open();
        return dialog;
    }

    public CompleteSessionDialog openComplete(CoachingSession session) {
        CompleteSessionDialog dialog = new CompleteSessionDialog(sessions,
                guides.library().stream().filter(summary -> summary.publishedVersionId() != null).toList(),
                sessions.get(session.getId()), saved -> refresh());
        dialog.open();
        return dialog;
    }

    /** Opens the booking form at a suggested start (what a click on an empty hour does). */
    public SessionFormDialog openSchedule(LocalDateTime start) {
        SessionFormDialog dialog = SessionFormDialog.schedule(sessions, candidates, start, zone(), saved -> {
            anchor = saved.getStartsAt().atZone(zone()).toLocalDate();
            refresh();
        });
        dialog.open();
        return dialog;
    }

    /** The sessions drawn right now. */
    public List<CoachingSession> shownSessions() {
        return shown;
    }

    public Div calendarGrid() {
        return calendar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sessions") + " · " + getTranslation("app.name");
    }
}
