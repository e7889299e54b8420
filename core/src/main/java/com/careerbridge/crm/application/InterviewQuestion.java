package com.careerbridge.crm.application;

import java.time.Instant;

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
 * A question the candidate was asked, as they remember it. It is either matched to one of the guide's interview
 * questions (the published version and the question's place in it, which never change) or proposed for the guide, or
 * just kept.
 */
@Entity
@Table(name = "job_interview_question")
public class InterviewQuestion {

    public static final int ASKED_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_interview_question_seq")
    @SequenceGenerator(name = "job_interview_question_seq", sequenceName = "job_interview_question_seq",
            allocationSize = 1)
    private Long id;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private long interviewId;

    @Column(nullable = false)
    private String asked;

    @Column(name = "guide_version_id", updatable = false)
    private Long guideVersionId;

    @Column(name = "guide_question", updatable = false)
    private Integer guideQuestion;

    @Enumerated(EnumType.STRING)
    private QuestionProposal proposal;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected InterviewQuestion() {
    }

    InterviewQuestion(long interviewId, String asked, Long guideVersionId, Integer guideQuestion, boolean proposed,
                      Long createdBy, Instant now) {
        this.interviewId = interviewId;
        this.asked = asked;
        this.guideVersionId = guideVersionId;
        this.guideQuestion = guideQuestion;
        this.proposal = proposed ? QuestionProposal.PROPOSED : null;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Staff decide on a proposal; only one that is still waiting can be decided. */
    void decide(QuestionProposal decision, Long decidedBy, Instant now) {
        if (proposal != QuestionProposal.PROPOSED) {
            throw new com.careerbridge.crm.shared.ConflictException("conflict.proposal-decided");
        }
        this.proposal = decision;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getInterviewId() {
        return interviewId;
    }

    public String getAsked() {
        return asked;
    }

    /** The published guide version the question was matched in, or null. */
    public Long getGuideVersionId() {
        return guideVersionId;
    }

    /** The matched question's place (from 0) among that version's interview questions, or null. */
    public Integer getGuideQuestion() {
        return guideQuestion;
    }

    /** Null when the question was not proposed for the guide. */
    public QuestionProposal getProposal() {
        return proposal;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
