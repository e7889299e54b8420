package com.careerbridge.crm.readiness;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A readiness score as it was at one moment, kept whenever it changes so that a trend can be drawn. */
@Entity
@Table(name = "readiness_snapshot")
public class ReadinessSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "readiness_snapshot_seq")
    @SequenceGenerator(name = "readiness_snapshot_seq", sequenceName = "readiness_snapshot_seq", allocationSize = 1)
    private Long id;

    @Column(name = "target_role_id", nullable = false, updatable = false)
    private long targetRoleId;

    @Column(nullable = false, updatable = false)
    private int score;

    @Column(name = "items_total", nullable = false, updatable = false)
    private int itemsTotal;

    @Column(name = "items_done", nullable = false, updatable = false)
    private int itemsDone;

    @Column(name = "items_verified", nullable = false, updatable = false)
    private int itemsVerified;

    @Column(name = "guide_opened", nullable = false, updatable = false)
    private boolean guideOpened;

    @Column(name = "mock_rating", updatable = false)
    private Integer mockRating;

    @Column(name = "computed_at", nullable = false, updatable = false)
    private Instant computedAt;

    protected ReadinessSnapshot() {
    }

    ReadinessSnapshot(long targetRoleId, ReadinessEvidence evidence, Instant computedAt) {
        this.targetRoleId = targetRoleId;
        this.score = evidence.score();
        this.itemsTotal = evidence.itemsTotal();
        this.itemsDone = evidence.itemsDone();
        this.itemsVerified = evidence.itemsVerified();
        this.guideOpened = evidence.guideOpened();
        this.mockRating = evidence.mockRating();
        this.computedAt = computedAt;
    }

    public long getTargetRoleId() {
        return targetRoleId;
    }

    public int getScore() {
        return score;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public ReadinessEvidence evidence() {
        return new ReadinessEvidence(itemsTotal, itemsDone, itemsVerified, guideOpened, mockRating);
    }
}
