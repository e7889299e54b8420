package com.careerbridge.crm.roleguide;

import java.time.Instant;

import com.careerbridge.crm.shared.BaseEntity;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a guide's content. A draft can be edited; publishing freezes it for good, because assignments keep
 * pointing at the exact version a candidate was given.
 */
@Entity
@Table(name = "role_guide_version")
public class RoleGuideVersion extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_guide_version_seq")
    @SequenceGenerator(name = "role_guide_version_seq", sequenceName = "role_guide_version_seq", allocationSize = 1)
    private Long id;

    @Column(name = "guide_id", nullable = false, updatable = false)
    private long guideId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GuideVersionStatus status;

    @Column(name = "title_ko", nullable = false)
    private String titleKo;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Convert(converter = GuideContentConverter.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private GuideContent content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    protected RoleGuideVersion() {
    }

    RoleGuideVersion(long guideId, int number, GuideContent content, Instant now) {
        this.guideId = guideId;
        this.number = number;
        this.status = GuideVersionStatus.DRAFT;
        this.createdAt = now;
        setContent(content, now);
    }

    void edit(GuideContent newContent, Instant now) {
        requireDraft();
        setContent(newContent, now);
    }

    void publish(Long publishedBy, Instant now) {
        requireDraft();
        this.status = GuideVersionStatus.PUBLISHED;
        this.publishedAt = now;
        this.publishedBy = publishedBy;
        this.updatedAt = now;
    }

    private void requireDraft() {
        if (status != GuideVersionStatus.DRAFT) {
            throw new ConflictException("conflict.guide-version-published");
        }
    }

    private void setContent(GuideContent newContent, Instant now) {
        this.content = newContent;
        this.titleKo = newContent.title().ko().isEmpty() ? newContent.title().en() : newContent.title().ko();
        this.titleEn = newContent.title().en().isEmpty() ? newContent.title().ko() : newContent.title().en();
        this.updatedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getGuideId() {
        return guideId;
    }

    public int getNumber() {
        return number;
    }

    public GuideVersionStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == GuideVersionStatus.PUBLISHED;
    }

    public GuideContent getContent() {
        return content;
    }

    public String title(Language language) {
        return language == Language.EN ? titleEn : titleKo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
