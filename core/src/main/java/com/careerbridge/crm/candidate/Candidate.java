package com.careerbridge.crm.candidate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.careerbridge.crm.shared.BaseEntity;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.PhoneNumber;
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
 * A client of the consultancy. Other aggregates refer to a candidate by id; the consultant and the login are user
 * accounts, also by id.
 */
@Entity
@Table(name = "candidate")
public class Candidate extends BaseEntity {

    public static final int NAME_MAX = 120;
    public static final int COMPANY_MAX = 120;
    public static final int TITLE_MAX = 120;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 20;
    public static final int NOTES_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_seq")
    @SequenceGenerator(name = "candidate_seq", sequenceName = "candidate_seq", allocationSize = 1)
    private Long id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    /** Null only once the candidate is erased. */
    private String email;

    private String phone;

    @Column(name = "preferred_locale", nullable = false)
    private Language preferredLanguage;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "career_stage", nullable = false)
    private CareerStage careerStage;

    @Column(name = "current_company")
    private String currentCompany;

    @Column(name = "current_title")
    private String currentTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "pipeline_status", nullable = false)
    private PipelineStatus pipelineStatus;

    @Column(name = "consultant_id")
    private Long consultantId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "tags", columnDefinition = "varchar(40)[]", nullable = false)
    private String[] tags = new String[0];

    @Column(name = "progress_emails_enabled", nullable = false)
    private boolean progressEmailsEnabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "digest_day_of_week", nullable = false)
    private DayOfWeek digestDayOfWeek = DayOfWeek.MONDAY;

    @Column(name = "digest_local_time", nullable = false)
    private LocalTime digestLocalTime = LocalTime.of(9, 0);

    @Column(name = "staff_notes")
    private String staffNotes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    /** The best readiness among the target roles, kept by the database (trigger in V80), for the list's sort. */
    @Column(name = "best_readiness", insertable = false, updatable = false)
    private Integer bestReadiness;

    protected Candidate() {
    }

    Candidate(CandidateProfile profile, Long consultantId, Instant now) {
        applyProfile(profile, now);
        this.pipelineStatus = PipelineStatus.LEAD;
        this.consultantId = consultantId;
        this.createdAt = now;
    }

    void applyProfile(CandidateProfile profile, Instant now) {
        this.fullName = profile.fullName();
        this.email = profile.email().value();
        this.phone = profile.phone() == null ? null : profile.phone().value();
        this.preferredLanguage = profile.language();
        this.timeZone = profile.timeZone().getId();
        this.careerStage = profile.careerStage();
        this.currentCompany = profile.currentCompany();
        this.currentTitle = profile.currentTitle();
        this.tags = profile.tags().toArray(String[]::new);
        this.updatedAt = now;
    }

    /** Moves along the pipeline; refuses moves that make no sense (placed straight from lead, and so on). */
    PipelineStatus moveTo(PipelineStatus target, Instant now) {
        Objects.requireNonNull(target);
        if (target == pipelineStatus) {
            throw new ConflictException("conflict.status-unchanged");
        }
        if (!pipelineStatus.canMoveTo(target)) {
            throw new ConflictException("conflict.status-transition");
        }
        PipelineStatus previous = pipelineStatus;
        pipelineStatus = target;
        updatedAt = now;
        return previous;
    }

    void assignConsultant(Long consultantId, Instant now) {
        this.consultantId = consultantId;
        this.updatedAt = now;
    }

    void linkLogin(long userId, Instant now) {
        if (this.userId != null) {
            throw new ConflictException("conflict.login-exists");
        }
        this.userId = userId;
        this.updatedAt = now;
    }

    void changeEmailPreferences(boolean enabled, DayOfWeek dayOfWeek, LocalTime localTime, Instant now) {
        this.progressEmailsEnabled = enabled;
        this.digestDayOfWeek = Objects.requireNonNull(dayOfWeek);
        this.digestLocalTime = Objects.requireNonNull(localTime);
        this.updatedAt = now;
    }

    void changeLanguage(Language language, Instant now) {
        this.preferredLanguage = Objects.requireNonNull(language);
        this.updatedAt = now;
    }

    void replaceStaffNotes(String notes, Instant now) {
        this.staffNotes = notes == null || notes.isBlank() ? null : notes;
        this.updatedAt = now;
    }

    /**
     * Removes everything that identifies the person and keeps what statistics need: id, pipeline status, career stage,
     * consultant, dates. Irreversible; a second call changes nothing.
     */
    void eraseIdentity(Instant now) {
        if (erasedAt != null) {
            return;
        }
        this.fullName = "Erased candidate #" + id;
        this.email = null;
        this.phone = null;
        this.currentCompany = null;
        this.currentTitle = null;
        this.tags = new String[0];
        this.staffNotes = null;
        this.progressEmailsEnabled = false;
        this.erasedAt = now;
        this.updatedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    /** The address, or null once the candidate is erased. */
    public EmailAddress getEmail() {
        return email == null ? null : new EmailAddress(email);
    }

    public PhoneNumber getPhone() {
        return phone == null ? null : new PhoneNumber(phone);
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public CareerStage getCareerStage() {
        return careerStage;
    }

    public String getCurrentCompany() {
        return currentCompany;
    }

    public String getCurrentTitle() {
        return currentTitle;
    }

    public PipelineStatus getPipelineStatus() {
        return pipelineStatus;
    }

    public Long getConsultantId() {
        return consultantId;
    }

    public Long getUserId() {
        return userId;
    }

    public List<String> getTags() {
        return List.copyOf(Arrays.asList(tags));
    }

    public boolean isProgressEmailsEnabled() {
        return progressEmailsEnabled;
    }

    public DayOfWeek getDigestDayOfWeek() {
        return digestDayOfWeek;
    }

    public LocalTime getDigestLocalTime() {
        return digestLocalTime;
    }

    /** Private to staff: never shown to the candidate, never in the API's candidate endpoints. */
    public String getStaffNotes() {
        return staffNotes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }
}
