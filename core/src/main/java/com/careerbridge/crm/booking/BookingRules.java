package com.careerbridge.crm.booking;

import java.time.Duration;

import com.careerbridge.crm.shared.Violations;

/**
 * How far ahead and how densely a consultant can be booked.
 *
 * @param minimumNotice      a slot must start at least this long after "now" (0 allowed), so nobody is surprised by a
 *                           session in an hour; at most {@link #MAX_HORIZON_DAYS} days
 * @param horizonDays        a slot must start before now + this many 24-hour days: a rolling window counted in real
 *                           time, not in calendar days, so the last day is bookable only up to the time of day of "now"
 * @param maxSessionsPerDay  {@code null} or 0: unlimited; otherwise a consultant-local date that already holds this many
 *                           sessions (see {@link Busy.Kind#SESSION}) offers no further slot
 * @param granularityMinutes start times are the range's start plus multiples of this, on the consultant's wall clock
 *                           (a range 09:10–11:00 with 20 gives 09:10, 09:30, …); {@value #MIN_GRANULARITY}–{@value #MAX_GRANULARITY}
 */
public record BookingRules(Duration minimumNotice, int horizonDays, Integer maxSessionsPerDay, int granularityMinutes) {

    public static final int MIN_GRANULARITY = 5;
    public static final int MAX_GRANULARITY = 120;
    public static final int MAX_HORIZON_DAYS = 365;
    public static final int MAX_SESSIONS_PER_DAY = 48;

    public BookingRules {
        Violations violations = new Violations().required("minimumNotice", minimumNotice)
                .between("horizonDays", horizonDays, 1, MAX_HORIZON_DAYS)
                .between("maxSessionsPerDay", maxSessionsPerDay, 0, MAX_SESSIONS_PER_DAY)
                .between("granularityMinutes", granularityMinutes, MIN_GRANULARITY, MAX_GRANULARITY);
        if (minimumNotice != null
                && (minimumNotice.isNegative() || minimumNotice.compareTo(Duration.ofDays(MAX_HORIZON_DAYS)) > 0)) {
            violations.add("minimumNotice", "out-of-range");
        }
        violations.throwIfAny();
    }

    /** Whether a consultant-local date that already holds {@code sessions} sessions may take one more. */
    public boolean allowsAnother(long sessions) {
        return maxSessionsPerDay == null || maxSessionsPerDay == 0 || sessions < maxSessionsPerDay;
    }

    Duration horizon() {
        return Duration.ofDays(horizonDays);
    }
}
