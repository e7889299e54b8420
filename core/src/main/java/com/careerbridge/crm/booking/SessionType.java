package com.careerbridge.crm.booking;

import java.time.Duration;
import java.time.Instant;

import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.BaseEntity;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
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
 * A kind of session the consultancy offers ("Mock interview — Account Manager, 60 min, online"): its length, how it
 * takes place, the time kept free around it, whether candidates may book it themselves and until when before the start
 * they may move or cancel it. Archived types are no longer offered; sessions booked as one keep their reference.
 */
@Entity
@Table(name = "session_type")
public class SessionType extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_type_seq")
    @SequenceGenerator(name = "session_type_seq", sequenceName = "session_type_seq", allocationSize = 1)
    private Long id;

    @Column(name = "name_ko", nullable = false)
    private String nameKo;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionMode mode;

    @Column(name = "default_location")
    private String defaultLocation;

    @Column(name = "buffer_before_minutes", nullable = false)
    private int bufferBeforeMinutes;

    @Column(name = "buffer_after_minutes", nullable = false)
    private int bufferAfterMinutes;

    @Column(name = "self_bookable", nullable = false)
    private boolean selfBookable;

    @Column(name = "change_cutoff_minutes", nullable = false)
    private int changeCutoffMinutes;

    @Column(name = "role_guide_id")
    private Long roleGuideId;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SessionType() {
    }

    SessionType(SessionTypeForm form, Instant now) {
        this.createdAt = now;
        apply(form, now);
    }

    void apply(SessionTypeForm form, Instant now) {
        this.nameKo = form.name().ko();
        this.nameEn = form.name().en();
        this.durationMinutes = form.durationMinutes();
        this.mode = form.mode();
        this.defaultLocation = form.defaultLocation() == null || form.defaultLocation().isBlank()
                ? null : form.defaultLocation().strip();
        this.bufferBeforeMinutes = form.bufferBeforeMinutes();
        this.bufferAfterMinutes = form.bufferAfterMinutes();
        this.selfBookable = form.selfBookable();
        this.changeCutoffMinutes = form.changeCutoffMinutes();
        this.roleGuideId = form.roleGuideId();
        this.updatedAt = now;
    }

    void archive(boolean archived, Instant now) {
        this.archived = archived;
        this.updatedAt = now;
    }

    /** Offered to candidates: self-bookable and not archived. */
    public boolean isOfferedToCandidates() {
        return selfBookable && !archived;
    }

    public SessionShape shape() {
        return new SessionShape(getDuration(), Duration.ofMinutes(bufferBeforeMinutes), Duration.ofMinutes(bufferAfterMinutes));
    }

    /** The form with this type's current values, for an editor. */
    public SessionTypeForm toForm() {
        return new SessionTypeForm(getName(), durationMinutes, mode, defaultLocation, bufferBeforeMinutes,
                bufferAfterMinutes, selfBookable, changeCutoffMinutes, roleGuideId);
    }

    @Override
    public Long getId() {
        return id;
    }

    public LocalizedText getName() {
        return LocalizedText.of(nameKo, nameEn);
    }

    public String nameIn(Language language) {
        return getName().in(language);
    }

    public Duration getDuration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public SessionMode getMode() {
        return mode;
    }

    public String getDefaultLocation() {
        return defaultLocation;
    }

    public int getBufferBeforeMinutes() {
        return bufferBeforeMinutes;
    }

    public int getBufferAfterMinutes() {
        return bufferAfterMinutes;
    }

    public boolean isSelfBookable() {
        return selfBookable;
    }

    public Duration getChangeCutoff() {
        return Duration.ofMinutes(changeCutoffMinutes);
    }

    public int getChangeCutoffMinutes() {
        return changeCutoffMinutes;
    }

    public Long getRoleGuideId() {
        return roleGuideId;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
