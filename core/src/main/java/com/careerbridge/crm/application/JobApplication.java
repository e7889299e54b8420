package com.careerbridge.crm.application;

import java.time.Instant;
import java.time.LocalDate;
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

/** A candidate's application for a position, prepared for as one of their target roles. */
@Entity
@Table(name = "job_application")
public class JobApplication extends BaseEntity {

    public static final int COMPANY_MAX = 120;
    public static final int POSITION_MAX = 160;
    public static final int URL_MAX = 500;
    public static final int LOCATION_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_application_seq")
    @SequenceGenerator(name = "job_application_seq", sequenceName = "job_application_seq", allocationSize = 1)
    private Long id;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private long candidateId;

    @Column(name = "target_role_id")
    private Long targetRoleId;

    @Column(name = "guide_id", nullable = false, updatable = false)
    private long guideId;

    @Column(nullable = false)
    private String company;

    @Column(name = "position_title", nullable = false)
    private String positionTitle;

    @Column(name = "posting_url")
    private String postingUrl;

    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationSource source;

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    @Column(name = "salary_min")
    private Integer salaryMin;

    @Column(name = "salary_max")
    private Integer salaryMax;

    @Column(name = "salary_currency")
    private String salaryCurrency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStage stage;

    @Column(name = "stage_changed_at", nullable = false)
    private Instant stageChangedAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JobApplication() {
    }

    JobApplication(long candidateId, long targetRoleId, long guideId, ApplicationForm form, ApplicationStage stage,
                   Long createdBy, Instant now) {
        this.candidateId = candidateId;
        this.targetRoleId = targetRoleId;
        this.guideId = guideId;
        this.stage = Objects.requireNonNull(stage);
        this.stageChangedAt = now;
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(form, now);
        if (stage == ApplicationStage.APPLIED && appliedOn == null) {
            datedToday(now);
        }
    }

    /** The facts of the posting as the candidate or consultant last wrote them (already validated by the form). */
    void describe(ApplicationForm form, Instant now) {
        this.company = form.company().strip();
        this.positionTitle = form.positionTitle().strip();
        this.postingUrl = form.postingUrl() == null || form.postingUrl().isBlank() ? null : form.postingUrl().strip();
        this.location = form.location() == null || form.location().isBlank() ? null : form.location().strip();
        this.source = form.source();
        this.appliedOn = form.appliedOn();
        this.salaryMin = form.salaryMin();
        this.salaryMax = form.salaryMax();
        this.salaryCurrency = form.salaryCurrency() == null || form.salaryCurrency().isBlank() ? null
                : form.salaryCurrency().strip().toUpperCase(java.util.Locale.ROOT);
        this.updatedAt = now;
    }

    /** Moves the application on, as the flow allows; anything else is refused with the moves that are allowed. */
    void moveTo(ApplicationStage target, Instant now) {
        if (!stage.canMoveTo(target)) {
            throw new StageMoveRefusedException(stage, target);
        }
        this.stage = target;
        this.stageChangedAt = now;
        this.updatedAt = now;
        if (target == ApplicationStage.APPLIED && appliedOn == null) {
            datedToday(now);
        }
    }

    /**
     * Something about the application changed without its posting or stage (an interview, a question): clients that
     * sync by {@code updatedSince} then fetch its interviews again.
     */
    void touched(Instant now) {
        this.updatedAt = now;
    }

    /** Sent without a date given: it was sent today (in UTC; the form can correct it). */
    private void datedToday(Instant now) {
        this.appliedOn = now.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getCandidateId() {
        return candidateId;
    }

    /** Null once the target role was removed (the guide still says what it was prepared for). */
    public Long getTargetRoleId() {
        return targetRoleId;
    }

    public long getGuideId() {
        return guideId;
    }

    public String getCompany() {
        return company;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public String getPostingUrl() {
        return postingUrl;
    }

    public String getLocation() {
        return location;
    }

    public ApplicationSource getSource() {
        return source;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public Integer getSalaryMin() {
        return salaryMin;
    }

    public Integer getSalaryMax() {
        return salaryMax;
    }

    public String getSalaryCurrency() {
        return salaryCurrency;
    }

    public ApplicationStage getStage() {
        return stage;
    }

    public Instant getStageChangedAt() {
        return stageChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
