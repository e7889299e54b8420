package com.careerbridge.crm.targetrole;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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

/** A candidate aiming at the role a guide describes. */
@Entity
@Table(name = "target_role")
public class TargetRole extends BaseEntity {

    public static final int COMPANY_MAX = 80;
    public static final int COMPANIES_MAX = 20;
    public static final int PRIORITY_MIN = 1;
    public static final int PRIORITY_MAX = 9;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_role_seq")
    @SequenceGenerator(name = "target_role_seq", sequenceName = "target_role_seq", allocationSize = 1)
    private Long id;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private long candidateId;

    @Column(name = "guide_id", nullable = false, updatable = false)
    private long guideId;

    @Column(nullable = false)
    private int priority;

    @Column(name = "target_companies", columnDefinition = "varchar(80)[]", nullable = false)
    private String[] targetCompanies = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TargetRoleStatus status;

    @Column(nullable = false)
    private int readiness;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TargetRole() {
    }

    TargetRole(long candidateId, long guideId, int priority, List<String> companies, TargetRoleStatus status, Instant now) {
        this.candidateId = candidateId;
        this.guideId = guideId;
        this.createdAt = now;
        change(priority, companies, status, now);
    }

    void change(int priority, List<String> companies, TargetRoleStatus status, Instant now) {
        this.priority = priority;
        this.targetCompanies = companies.toArray(String[]::new);
        this.status = Objects.requireNonNull(status);
        this.updatedAt = now;
    }

    /** Records a newly computed readiness score (0–100); see the progress feature for the formula. */
    public void updateReadiness(int score, Instant now) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("readiness must be within 0..100");
        }
        this.readiness = score;
        this.updatedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public long getGuideId() {
        return guideId;
    }

    public int getPriority() {
        return priority;
    }

    public List<String> getTargetCompanies() {
        return List.copyOf(Arrays.asList(targetCompanies));
    }

    public TargetRoleStatus getStatus() {
        return status;
    }

    public int getReadiness() {
        return readiness;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
