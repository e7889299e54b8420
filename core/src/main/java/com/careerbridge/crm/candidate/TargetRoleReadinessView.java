package com.careerbridge.crm.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A read-only look at the target roles table, enough for the candidate list to filter by role and show readiness
 * without depending on the target-role feature (which depends on this one).
 */
@Entity
@Immutable
@Table(name = "target_role")
class TargetRoleReadinessView {

    @Id
    private Long id;

    @Column(name = "candidate_id")
    private long candidateId;

    @Column(name = "guide_id")
    private long guideId;

    private int readiness;

    @Column(name = "updated_at")
    private java.time.Instant updatedAt;

    protected TargetRoleReadinessView() {
    }
}
