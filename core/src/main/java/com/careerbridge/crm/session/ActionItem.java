package com.careerbridge.crm.session;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Something the candidate agreed to do after a session. Part of the session aggregate. */
@Entity
@Table(name = "session_action_item")
public class ActionItem {

    public static final int DESCRIPTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_action_item_seq")
    @SequenceGenerator(name = "session_action_item_seq", sequenceName = "session_action_item_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CoachingSession session;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String description;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "done_at")
    private Instant doneAt;

    protected ActionItem() {
    }

    ActionItem(CoachingSession session, int position, String description, LocalDate dueDate) {
        this.session = session;
        this.position = position;
        this.description = description;
        this.dueDate = dueDate;
    }

    boolean markDone(boolean done, Instant now) {
        if (done == (doneAt != null)) {
            return false;
        }
        doneAt = done ? now : null;
        return true;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isOverdue(LocalDate today) {
        return doneAt == null && dueDate != null && dueDate.isBefore(today);
    }
}
