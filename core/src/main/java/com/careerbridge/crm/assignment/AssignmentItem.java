package com.careerbridge.crm.assignment;

import java.time.Instant;

import com.careerbridge.crm.roleguide.ChecklistKind;
import com.careerbridge.crm.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The candidate's copy of one checklist item of the assigned guide version. Changed only through its assignment. */
@Entity
@Table(name = "assignment_item")
public class AssignmentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_item_seq")
    @SequenceGenerator(name = "assignment_item_seq", sequenceName = "assignment_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private Assignment assignment;

    @Column(name = "item_key", nullable = false, updatable = false)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChecklistKind kind;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemState state = ItemState.OPEN;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by")
    private Long verifiedBy;

    protected AssignmentItem() {
    }

    AssignmentItem(Assignment assignment, String itemKey, ChecklistKind kind, int position) {
        this.assignment = assignment;
        this.itemKey = itemKey;
        this.kind = kind;
        this.position = position;
    }

    /**
     * The candidate ticks or unticks the item.
     *
     * @return whether anything changed (ticking a ticked item again is a no-op)
     * @throws ConflictException ({@code conflict.item-verified}) unticking an item a consultant verified
     */
    boolean markDone(boolean done, Instant now) {
        if (done) {
            if (state != ItemState.OPEN) {
                return false;
            }
            state = ItemState.DONE;
            doneAt = now;
            return true;
        }
        if (state == ItemState.OPEN) {
            return false;
        }
        if (state == ItemState.VERIFIED) {
            // The consultant has seen the work: only staff can take a verification back (verify(false, …)).
            throw new ConflictException("conflict.item-verified");
        }
        state = ItemState.OPEN;
        doneAt = null;
        verifiedAt = null;
        verifiedBy = null;
        return true;
    }

    boolean verify(boolean verified, Long consultantId, Instant now) {
        if (verified) {
            if (state == ItemState.VERIFIED) {
                return false;
            }
            if (doneAt == null) {
                doneAt = now;
            }
            state = ItemState.VERIFIED;
            verifiedAt = now;
            verifiedBy = consultantId;
            return true;
        }
        if (state != ItemState.VERIFIED) {
            return false;
        }
        state = ItemState.DONE;
        verifiedAt = null;
        verifiedBy = null;
        return true;
    }

    /** The same item in a newer version of the guide: its place (and, rarely, its kind) may change. */
    void moveTo(int newPosition, ChecklistKind newKind) {
        this.position = newPosition;
        this.kind = newKind;
    }

    public Long getId() {
        return id;
    }

    public String getItemKey() {
        return itemKey;
    }

    public ChecklistKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public ItemState getState() {
        return state;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
