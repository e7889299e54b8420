package com.careerbridge.crm.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Computes the slots a consultant can still offer. Pure: everything it needs is passed in, including "now", so the
 * same question always gets the same answer and the rules can be pinned by tests.
 *
 * <h2>The rules</h2>
 * <ul>
 * <li>Availability is wall-clock time in the consultant's zone. For each consultant-local date, the ranges are the
 *     date's {@link AvailabilityException} if there is one, else the weekday's {@link WeeklyAvailability} ranges.</li>
 * <li>Candidate starts are {@code range.from + k × granularity} on the consultant's wall clock. A start the clock skips
 *     (spring forward) is left out, not moved. A start the clock shows twice (fall back) is offered once, at its first
 *     showing; the second pass through the repeated hour adds no new start times. So each day offers the same wall-clock
 *     starts as an ordinary day minus those in the gap, never two slots at one wall-clock time, and on a fall-back day
 *     starts stay at least one granularity apart in real time.</li>
 * <li>A range ends when the consultant's clock first reaches {@code range.to} (a skipped end: when the clock jumps
 *     past it; a repeated end: its first showing). The session, {@code start + duration} in real time, must end by
 *     then. On a spring-forward day a range across the gap is an hour shorter in real time, and wall-clock starts on
 *     either side of the gap can be closer than one granularity in real time (01:45 and 03:15 are 30 minutes apart).</li>
 * <li>The start must lie in the viewer's requested days ({@link ViewerDays}), at or after {@code now + minimumNotice},
 *     and before {@code now + horizon}.</li>
 * <li>Padded by the shape's buffers, the slot must not overlap any {@link Busy} padded by its own buffers. Buffers may
 *     lie outside availability.</li>
 * <li>A consultant-local date whose {@link Busy.Kind#SESSION} count (by the consultant-local date of each session's
 *     start) has reached the maximum offers nothing. The caller must therefore pass every session on the consultant-local
 *     dates concerned, not only those in the viewer's days: from one day before the viewer's first day to one day after
 *     the last (or simply from now to now + horizon + 1 day) covers every zone pair.</li>
 * </ul>
 * The result is sorted by start and has no two slots with the same start.
 */
public final class SlotCalculator {

    private SlotCalculator() {
    }

    public static List<Slot> freeSlots(ConsultantAvailability availability, BookingRules rules, SessionShape shape,
                                       List<Busy> busy, Instant now, ViewerDays days) {
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(busy, "busy");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(days, "days");

        Instant earliest = later(days.start(), now.plus(rules.minimumNotice()));
        Instant latest = earlier(days.end(), now.plus(rules.horizon()));
        if (!earliest.isBefore(latest)) {
            return List.of();
        }
        ZoneId zone = availability.zone();
        Map<LocalDate, Long> sessionsPerDate = busy.stream().filter(b -> b.kind() == Busy.Kind.SESSION)
                .collect(Collectors.groupingBy(b -> LocalDate.ofInstant(b.start(), zone), Collectors.counting()));

        List<Slot> slots = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(latest.minusNanos(1), zone);
        for (LocalDate date = LocalDate.ofInstant(earliest, zone); !date.isAfter(last); date = date.plusDays(1)) {
            if (!rules.allowsAnother(sessionsPerDate.getOrDefault(date, 0L))) {
                continue;
            }
            for (TimeOfDayRange range : availability.intervalsOn(date)) {
                Instant rangeEnd = WallClock.reached(date.atTime(range.to()), zone);
                for (long minute = 0; minute < range.minutes(); minute += rules.granularityMinutes()) {
                    LocalDateTime wallStart = date.atTime(range.from()).plusMinutes(minute);
                    Optional<Instant> start = WallClock.firstShowing(wallStart, zone);
                    if (start.isEmpty() || start.get().isBefore(earliest) || !start.get().isBefore(latest)) {
                        continue;
                    }
                    Slot slot = new Slot(start.get(), start.get().plus(shape.duration()));
                    if (!slot.end().isAfter(rangeEnd) && isFree(slot, shape, busy)) {
                        slots.add(slot);
                    }
                }
            }
        }
        // Ranges of one date never overlap and each date's starts fall on that date, so duplicates cannot arise;
        // sorting and distinct keep the promise even so.
        return slots.stream().sorted(Comparator.comparing(Slot::start)).distinct().toList();
    }

    private static boolean isFree(Slot slot, SessionShape shape, List<Busy> busy) {
        Instant from = slot.start().minus(shape.bufferBefore());
        Instant until = slot.end().plus(shape.bufferAfter());
        return busy.stream().noneMatch(b -> b.overlaps(from, until));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
