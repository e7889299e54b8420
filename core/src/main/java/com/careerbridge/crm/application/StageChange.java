package com.careerbridge.crm.application;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One dated move of an application (its first stage included), with the candidate's readiness for the target role at
 * that moment: the evidence behind "readiness at application for offers vs. the rest". Written once, never changed.
 */
@Entity
@Table(name = "job_application_stage")
public class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_application_stage_seq")
    @SequenceGenerator(name = "job_application_stage_seq", sequenceName = "job_application_stage_seq", allocationSize = 1)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ApplicationStage stage;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    @Column(name = "moved_by", updatable = false)
    private Long movedBy;

    @Column(nullable = false, updatable = false)
    private int readiness;

    protected StageChange() {
    }

    StageChange(long applicationId, ApplicationStage stage, Instant movedAt, Long movedBy, int readiness) {
        this.applicationId = applicationId;
        this.stage = stage;
        this.movedAt = movedAt;
        this.movedBy = movedBy;
        this.readiness = readiness;
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public ApplicationStage getStage() {
        return stage;
    }

    public Instant getMovedAt() {
        return movedAt;
    }

    /** Null for the system, or once the user was deleted. */
    public Long getMovedBy() {
        return movedBy;
    }

    public int getReadiness() {
        return readiness;
    }
}
