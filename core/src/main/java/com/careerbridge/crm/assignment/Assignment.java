package com.careerbridge.crm.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careerbridge.crm.roleguide.GuideContent;
import com.careerbridge.crm.roleguide.RoleGuideVersion;
import com.careerbridge.crm.shared.BaseEntity;
import com.careerbridge.crm.shared.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A guide version given to a candidate, with their copy of its checklist. The aggregate root: items change only
 * through it, and every change bumps its version, so two people ticking at once cannot overwrite each other unseen.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends BaseEntity {

    public static final int MESSAGE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 1)
    private Long id;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private long candidateId;

    @Column(name = "guide_id", nullable = false, updatable = false)
    private long guideId;

    @Column(name = "guide_version_id", nullable = false)
    private long guideVersionId;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "due_date")
    private LocalDate dueDate;

    private String message;

    @Column(name = "first_opened_at")
    private Instant firstOpenedAt;

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AssignmentItem> items = new ArrayList<>();

    protected Assignment() {
    }

    Assignment(long candidateId, RoleGuideVersion version, Long assignedBy, LocalDate dueDate, String message, Instant now) {
        this.candidateId = candidateId;
        this.guideId = version.getGuideId();
        this.assignedBy = assignedBy;
        this.assignedAt = now;
        this.dueDate = dueDate;
        this.message = message;
        useVersion(version, now);
    }

    /**
     * Makes the checklist match a version: items whose key stays keep their row and progress, new keys get new open
     * items, and items the version dropped go.
     */
    private void useVersion(RoleGuideVersion version, Instant now) {
        Map<String, AssignmentItem> previous = items.stream()
                .collect(Collectors.toMap(AssignmentItem::getItemKey, Function.identity()));
        List<AssignmentItem> next = new ArrayList<>();
        int position = 0;
        for (GuideContent.ChecklistItem item : version.getContent().checklist()) {
            AssignmentItem kept = previous.get(item.key());
            if (kept != null) {
                kept.moveTo(position, item.kind());
                next.add(kept);
            } else {
                next.add(new AssignmentItem(this, item.key(), item.kind(), position));
            }
            position++;
        }
        items.clear();
        items.addAll(next);
        this.guideVersionId = version.getId();
        this.updatedAt = now;
    }

    /** Moves to a newer version of the same guide; items with the same key keep their progress. */
    void upgradeTo(RoleGuideVersion newer, Instant now) {
        if (newer.getGuideId() != guideId || !newer.isPublished()) {
            throw new IllegalArgumentException("not a published version of this guide");
        }
        useVersion(newer, now);
    }

    // The candidate's reading (first and last time) is recorded in one statement by AssignmentReads.recordReading.

    /** @return whether the item changed */
    boolean markItemDone(String itemKey, boolean done, Instant now) {
        boolean changed = item(itemKey).markDone(done, now);
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    boolean verifyItem(String itemKey, boolean verified, Long consultantId, Instant now) {
        boolean changed = item(itemKey).verify(verified, consultantId, now);
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    void reschedule(LocalDate newDueDate, Instant now) {
        this.dueDate = newDueDate;
        this.updatedAt = now;
    }

    public AssignmentItem item(String itemKey) {
        return items.stream().filter(item -> item.getItemKey().equals(itemKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("checklist-item"));
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

    public long getGuideVersionId() {
        return guideVersionId;
    }

    public Long getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getMessage() {
        return message;
    }

    public Instant getFirstOpenedAt() {
        return firstOpenedAt;
    }

    public Instant getLastReadAt() {
        return lastReadAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<AssignmentItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public long countItems(ItemState state) {
        return items.stream().filter(item -> item.getState() == state).count();
    }
}
