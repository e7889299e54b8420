package com.careerbridge.crm.candidate;

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

/** One step of a candidate's pipeline history; written once, never changed. */
@Entity
@Table(name = "candidate_status_change")
public class CandidateStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_status_change_seq")
    @SequenceGenerator(name = "candidate_status_change_seq", sequenceName = "candidate_status_change_seq", allocationSize = 1)
    private Long id;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private PipelineStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private PipelineStatus toStatus;

    @Column(name = "changed_by", updatable = false)
    private Long changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected CandidateStatusChange() {
    }

    CandidateStatusChange(long candidateId, PipelineStatus fromStatus, PipelineStatus toStatus, Long changedBy, Instant changedAt) {
        this.candidateId = candidateId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public PipelineStatus getFromStatus() {
        return fromStatus;
    }

    public PipelineStatus getToStatus() {
        return toStatus;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
