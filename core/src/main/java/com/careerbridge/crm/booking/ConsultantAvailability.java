package com.careerbridge.crm.booking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.careerbridge.crm.shared.InvalidValueException;

/**
 * Everything that says when a consultant is willing to work: the usual week and the dated exceptions to it, all in the
 * consultant's zone. Two exceptions for one date would contradict each other, so they are refused
 * (field {@code exceptions}, reason {@code taken}).
 */
public record ConsultantAvailability(WeeklyAvailability weekly, List<AvailabilityException> exceptions) {

    public ConsultantAvailability {
        if (weekly == null) {
            throw new InvalidValueException("weekly", "required");
        }
        if (exceptions == null || exceptions.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("exceptions", "required");
        }
        if (exceptions.stream().map(AvailabilityException::date).distinct().count() != exceptions.size()) {
            throw new InvalidValueException("exceptions", "taken");
        }
        exceptions = exceptions.stream().sorted(Comparator.comparing(AvailabilityException::date)).toList();
    }

    public static ConsultantAvailability of(WeeklyAvailability weekly, AvailabilityException... exceptions) {
        return new ConsultantAvailability(weekly, Arrays.asList(exceptions));
    }

    public ZoneId zone() {
        return weekly.zone();
    }

    /** The ranges that apply on {@code date} (consultant-local): the exception's if there is one, else the weekday's. */
    public List<TimeOfDayRange> intervalsOn(LocalDate date) {
        for (AvailabilityException exception : exceptions) {
            if (exception.date().equals(date)) {
                return exception.intervals();
            }
        }
        return weekly.on(date.getDayOfWeek());
    }
}
