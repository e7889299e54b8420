package com.careerbridge.crm.roleguide;

import java.time.Instant;

import com.careerbridge.crm.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A job role the consultancy has a guide for. Its content lives in {@link RoleGuideVersion}s. */
@Entity
@Table(name = "role_guide")
public class RoleGuide extends BaseEntity {

    public static final int SLUG_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_guide_seq")
    @SequenceGenerator(name = "role_guide_seq", sequenceName = "role_guide_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(name = "built_in", nullable = false, updatable = false)
    private boolean builtIn;

    @Column(name = "latest_published")
    private Integer latestPublished;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    protected RoleGuide() {
    }

    RoleGuide(String slug, boolean builtIn, Long createdBy, Instant now) {
        this.slug = slug;
        this.builtIn = builtIn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void published(int number) {
        this.latestPublished = number;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    /** The number of the newest published version, or null while only a draft exists. */
    public Integer getLatestPublished() {
        return latestPublished;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
