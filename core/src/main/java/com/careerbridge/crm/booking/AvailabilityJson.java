package com.careerbridge.crm.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a consultant's weekly ranges and dated exceptions are kept in their {@code jsonb} columns:
 * {@code {"MONDAY":[{"from":"09:00","to":"12:00"}]}} and {@code [{"date":"2027-01-04","intervals":[]}]}. They are
 * always read and written whole, so a document is simpler than two more tables and costs no extra statement.
 */
final class AvailabilityJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Range(String from, String to) {
    }

    record Day(String date, List<Range> intervals) {
    }

    private AvailabilityJson() {
    }

    static String weekly(Map<DayOfWeek, List<TimeOfDayRange>> days) {
        Map<String, List<Range>> stored = new LinkedHashMap<>();
        days.forEach((day, ranges) -> stored.put(day.name(), ranges.stream().map(AvailabilityJson::range).toList()));
        return JSON.writeValueAsString(stored);
    }

    static Map<DayOfWeek, List<TimeOfDayRange>> weekly(String json) {
        Map<String, List<Range>> stored = JSON.readValue(json, new TypeReference<Map<String, List<Range>>>() {
        });
        Map<DayOfWeek, List<TimeOfDayRange>> days = new EnumMap<>(DayOfWeek.class);
        stored.forEach((day, ranges) -> days.put(DayOfWeek.valueOf(day), ranges.stream().map(AvailabilityJson::range).toList()));
        return days;
    }

    static String exceptions(List<AvailabilityException> exceptions) {
        return JSON.writeValueAsString(exceptions.stream()
                .map(e -> new Day(e.date().toString(), e.intervals().stream().map(AvailabilityJson::range).toList()))
                .toList());
    }

    static List<AvailabilityException> exceptions(String json) {
        List<Day> stored = JSON.readValue(json, new TypeReference<List<Day>>() {
        });
        return stored.stream()
                .map(day -> new AvailabilityException(LocalDate.parse(day.date()),
                        day.intervals().stream().map(AvailabilityJson::range).toList()))
                .toList();
    }

    private static Range range(TimeOfDayRange range) {
        return new Range(range.from().toString(), range.to().toString());
    }

    private static TimeOfDayRange range(Range range) {
        return new TimeOfDayRange(LocalTime.parse(range.from()), LocalTime.parse(range.to()));
    }
}
