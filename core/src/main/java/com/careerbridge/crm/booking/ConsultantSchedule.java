package com.careerbridge.crm.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.careerbridge.crm.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One consultant's bookable time: weekly ranges and dated exceptions on their own wall clock, and the booking rules.
 * A consultant without a row offers no slots.
 */
@Entity
@Table(name = "consultant_availability")
class ConsultantSchedule extends BaseEntity {

    @Id
    @Column(name = "consultant_id")
    private Long consultantId;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String weekly;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String exceptions;

    @Column(name = "minimum_notice_minutes", nullable = false)
    private int minimumNoticeMinutes;

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays;

    @Column(name = "max_sessions_per_day")
    private Integer maxSessionsPerDay;

    @Column(name = "granularity_minutes", nullable = false)
    private int granularityMinutes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConsultantSchedule() {
    }

    ConsultantSchedule(long consultantId) {
        this.consultantId = consultantId;
    }

    /** Stores the availability and rules; exceptions for dates already past (in the consultant's zone) are dropped. */
    void set(ConsultantAvailability availability, BookingRules rules, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, availability.zone());
        this.timeZone = availability.zone().getId();
        this.weekly = AvailabilityJson.weekly(availability.weekly().days());
        this.exceptions = AvailabilityJson.exceptions(
                availability.exceptions().stream().filter(e -> !e.date().isBefore(today)).toList());
        this.minimumNoticeMinutes = Math.toIntExact(rules.minimumNotice().toMinutes());
        this.horizonDays = rules.horizonDays();
        this.maxSessionsPerDay = rules.maxSessionsPerDay();
        this.granularityMinutes = rules.granularityMinutes();
        this.updatedAt = now;
    }

    ConsultantAvailability availability() {
        WeeklyAvailability week = new WeeklyAvailability(ZoneId.of(timeZone), AvailabilityJson.weekly(weekly));
        List<AvailabilityException> dated = AvailabilityJson.exceptions(exceptions);
        return new ConsultantAvailability(week, dated);
    }

    BookingRules rules() {
        return new BookingRules(Duration.ofMinutes(minimumNoticeMinutes), horizonDays, maxSessionsPerDay,
                granularityMinutes);
    }

    @Override
    public Long getId() {
        return consultantId;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
