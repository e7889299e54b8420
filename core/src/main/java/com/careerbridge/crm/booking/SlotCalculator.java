package com.careerbridge.crm.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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

        TakenTime taken = new TakenTime(busy);
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
                    if (!slot.end().isAfter(rangeEnd) && taken.leavesFree(slot, shape)) {
                        slots.add(slot);
                    }
                }
            }
        }
        // Ranges of one date never overlap and each date's starts fall on that date, so duplicates cannot arise;
        // sorting and distinct keep the promise even so.
        return slots.stream().sorted(Comparator.comparing(Slot::start)).distinct().toList();
    }

    /**
     * The busy times sorted by where their blocked range starts, with the latest end among each prefix: whether a
     * padded slot meets any of them is two binary-search steps, not a walk through a diary of thousands of sessions for
     * each of thousands of candidate starts.
     */
    private static final class TakenTime {

        private final long[] from;
        private final long[] latestUntil;

        TakenTime(List<Busy> busy) {
            List<Busy> sorted = busy.stream().sorted(Comparator.comparing(Busy::blockedFrom)).toList();
            from = new long[sorted.size()];
            latestUntil = new long[sorted.size()];
            long latest = Long.MIN_VALUE;
            for (int i = 0; i < sorted.size(); i++) {
                from[i] = micros(sorted.get(i).blockedFrom());
                latest = Math.max(latest, micros(sorted.get(i).blockedUntil()));
                latestUntil[i] = latest;
            }
        }

        /** Whether the slot, padded by its buffers, meets no busy time padded by its own (half-open ranges). */
        boolean leavesFree(Slot slot, SessionShape shape) {
            long start = micros(slot.start().minus(shape.bufferBefore()));
            long end = micros(slot.end().plus(shape.bufferAfter()));
            // the busy times whose blocked range starts before the padded slot ends ...
            int starting = Arrays.binarySearch(from, end);
            int count = starting >= 0 ? lowestIndexOf(end, starting) : -starting - 1;
            // ... meet it if one of them ends after it starts
            return count == 0 || latestUntil[count - 1] <= start;
        }

        private int lowestIndexOf(long value, int found) {
            int index = found;
            while (index > 0 && from[index - 1] == value) {
                index--;
            }
            return index;
        }

        private static long micros(Instant instant) {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
