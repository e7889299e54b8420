package com.careerbridge.crm.application;

import java.time.Instant;
import java.time.ZoneId;

import com.careerbridge.crm.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One interview round of an application. */
@Entity
@Table(name = "job_interview")
public class JobInterview extends BaseEntity {

    public static final int INTERVIEWERS_MAX = 300;
    public static final int NOTES_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_interview_seq")
    @SequenceGenerator(name = "job_interview_seq", sequenceName = "job_interview_seq", allocationSize = 1)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(nullable = false)
    private int round;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InterviewFormat format;

    private String interviewers;

    private String notes;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JobInterview() {
    }

    JobInterview(long applicationId, int round, InterviewPlan plan, Instant startsAt, Long createdBy, Instant now) {
        this.applicationId = applicationId;
        this.createdBy = createdBy;
        this.createdAt = now;
        plan(plan, round, startsAt, now);
    }

    /** The plan as last written (validated by the caller). */
    void plan(InterviewPlan plan, int round, Instant startsAt, Instant now) {
        this.round = round;
        this.startsAt = startsAt;
        this.timeZone = plan.timeZone().strip();
        this.format = plan.format();
        this.interviewers = InterviewPlan.strip(plan.interviewers());
        this.notes = InterviewPlan.strip(plan.notes());
        this.updatedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public int getRound() {
        return round;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public InterviewFormat getFormat() {
        return format;
    }

    public String getInterviewers() {
        return interviewers;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
