package com.careerbridge.crm.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import com.careerbridge.crm.shared.BaseEntity;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A coaching session between a consultant and a candidate. The private notes are for staff only; the shared summary
 * and the action items are what the candidate sees.
 */
@Entity
@Table(name = "coaching_session")
public class CoachingSession extends BaseEntity {

    public static final int LOCATION_MAX = 500;
    public static final int AGENDA_MAX = 2000;
    public static final int CANCELLATION_REASON_MAX = 500;
    public static final int NOTES_MAX = 20_000;
    public static final int ACTION_ITEMS_MAX = 30;
    /** A mock interview's rating: 1 (poor) to 5 (ready). */
    public static final int MOCK_RATING_MIN = 1;
    public static final int MOCK_RATING_MAX = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_session_seq")
    @SequenceGenerator(name = "coaching_session_seq", sequenceName = "coaching_session_seq", allocationSize = 1)
    private Long id;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private long candidateId;

    @Column(name = "consultant_id", nullable = false)
    private long consultantId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionMode mode;

    private String location;

    private String agenda;

    @Column(name = "private_notes")
    private String privateNotes;

    @Column(name = "shared_summary")
    private String sharedSummary;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    @Column(name = "mock_rating")
    private Integer mockRating;

    @Column(name = "mock_guide_id")
    private Long mockGuideId;

    /** The session type it was booked as; {@code null} for a session a consultant planned freely. */
    @Column(name = "session_type_id")
    private Long sessionTypeId;

    @Column(name = "booked_by_candidate", nullable = false)
    private boolean bookedByCandidate;

    /** Time kept free around the session (the database derives the blocked range from these). */
    @Column(name = "buffer_before_minutes", nullable = false)
    private int bufferBeforeMinutes;

    @Column(name = "buffer_after_minutes", nullable = false)
    private int bufferAfterMinutes;

    /** Cancelled by the candidate inside the session type's cut-off (recorded by the consultant who cancels it). */
    @Column(name = "late_cancellation", nullable = false)
    private boolean lateCancellation;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ActionItem> actionItems = new ArrayList<>();

    protected CoachingSession() {
    }

    CoachingSession(long candidateId, long consultantId, SessionPlan.Validated plan, Instant now) {
        this.candidateId = candidateId;
        this.consultantId = consultantId;
        this.status = SessionStatus.SCHEDULED;
        this.createdAt = now;
        replan(plan, now);
    }

    void replan(SessionPlan.Validated plan, Instant now) {
        requireStatus(SessionStatus.SCHEDULED);
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.timeZone = plan.timeZone().getId();
        this.mode = plan.mode();
        this.location = plan.location();
        this.agenda = plan.agenda();
        this.updatedAt = now;
    }

    /** Marks the session as booked for a session type, with the buffers that type keeps free around it. */
    void bookedAs(long typeId, Duration bufferBefore, Duration bufferAfter, boolean byCandidate) {
        this.sessionTypeId = typeId;
        this.bufferBeforeMinutes = Math.toIntExact(bufferBefore.toMinutes());
        this.bufferAfterMinutes = Math.toIntExact(bufferAfter.toMinutes());
        this.bookedByCandidate = byCandidate;
    }

    void recordLateCancellation() {
        this.lateCancellation = true;
    }

    void cancel(String reason, Instant now) {
        requireStatus(SessionStatus.SCHEDULED);
        String stripped = reason == null || reason.isBlank() ? null : reason.strip();
        if (stripped != null && stripped.length() > CANCELLATION_REASON_MAX) {
            throw new InvalidValueException("reason", "too-long");
        }
        this.status = SessionStatus.CANCELLED;
        this.cancellationReason = stripped;
        this.updatedAt = now;
    }

    void markNoShow(Instant now) {
        requireStatus(SessionStatus.SCHEDULED);
        if (now.isBefore(startsAt)) {
            throw new ConflictException("conflict.session-not-started");
        }
        this.status = SessionStatus.NO_SHOW;
        this.updatedAt = now;
    }

    /** Closes the session with what happened. Only after it has started; a completed session can be completed again to correct it. */
    void complete(SessionOutcome outcome, Instant now) {
        if (status != SessionStatus.SCHEDULED && status != SessionStatus.COMPLETED) {
            throw new ConflictException("conflict.session-status");
        }
        if (now.isBefore(startsAt)) {
            throw new ConflictException("conflict.session-not-started");
        }
        // An id names an item of this session to keep; any other id is a mistake, not a request for a new item.
        for (SessionOutcome.NewActionItem item : outcome.actionItems()) {
            if (item.existingId() != null
                    && actionItems.stream().noneMatch(a -> Objects.equals(a.getId(), item.existingId()))) {
                throw new InvalidValueException("actionItems", "invalid");
            }
        }
        this.status = SessionStatus.COMPLETED;
        this.privateNotes = outcome.privateNotes();
        this.sharedSummary = outcome.sharedSummary();
        this.mockRating = outcome.mockRating();
        this.mockGuideId = outcome.mockGuideId();
        List<ActionItem> kept = new ArrayList<>();
        int position = 0;
        for (SessionOutcome.NewActionItem item : outcome.actionItems()) {
            ActionItem existing = item.existingId() == null ? null
                    : actionItems.stream().filter(a -> Objects.equals(a.getId(), item.existingId())).findFirst().orElse(null);
            kept.add(existing != null ? existing : new ActionItem(this, position, item.description().strip(), item.dueDate()));
            position++;
        }
        actionItems.clear();
        actionItems.addAll(kept);
        this.updatedAt = now;
    }

    boolean markActionItemDone(long actionItemId, boolean done, Instant now) {
        ActionItem item = actionItems.stream().filter(a -> a.getId() == actionItemId).findFirst()
                .orElseThrow(() -> new NotFoundException("action-item"));
        boolean changed = item.markDone(done, now);
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    private void requireStatus(SessionStatus expected) {
        if (status != expected) {
            throw new ConflictException("conflict.session-status");
        }
    }

    /** Whether this session holds the consultant's time (cancelled and missed ones free it). */
    public boolean blocksCalendar() {
        return status == SessionStatus.SCHEDULED || status == SessionStatus.COMPLETED;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public long getConsultantId() {
        return consultantId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public SessionMode getMode() {
        return mode;
    }

    public String getLocation() {
        return location;
    }

    public String getAgenda() {
        return agenda;
    }

    /** Staff only. */
    public String getPrivateNotes() {
        return privateNotes;
    }

    public String getSharedSummary() {
        return sharedSummary;
    }

    /** The consultant's words when cancelling, told to the candidate; {@code null} when none were given. */
    public String getCancellationReason() {
        return cancellationReason;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Integer getMockRating() {
        return mockRating;
    }

    public Long getSessionTypeId() {
        return sessionTypeId;
    }

    public boolean isBookedByCandidate() {
        return bookedByCandidate;
    }

    public Duration getBufferBefore() {
        return Duration.ofMinutes(bufferBeforeMinutes);
    }

    public Duration getBufferAfter() {
        return Duration.ofMinutes(bufferAfterMinutes);
    }

    public boolean isLateCancellation() {
        return lateCancellation;
    }

    public Long getMockGuideId() {
        return mockGuideId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ActionItem> getActionItems() {
        return Collections.unmodifiableList(actionItems);
    }
}
