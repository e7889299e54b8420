package com.careerbridge.crm.application;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobApplicationRepository extends JpaRepository<JobApplication, Long> {

    /** A candidate's applications with their stages, as {@code [application, stage]} rows, in one statement. */
    @org.springframework.data.jpa.repository.Query("""
            select a, s from JobApplication a join StageChange s on s.applicationId = a.id
            where a.candidateId = :candidateId
            order by a.stageChangedAt desc, a.id desc, s.movedAt, s.id""")
    List<Object[]> findWithHistoryByCandidateId(long candidateId);

    java.util.Optional<JobApplication> findFirstByCandidateIdAndStageOrderByStageChangedAtDescIdDesc(long candidateId,
                                                                                                  ApplicationStage stage);
}

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    /**
     * An application with its candidate (so that the access check reads nothing more) and its stages in order, in one
     * statement: {@code [application, candidate, stage]} rows (the stage {@code null} on the single row of an
     * application without any; none when there is no such application).
     */
    @org.springframework.data.jpa.repository.Query("""
            select a, c, s from JobApplication a join Candidate c on c.id = a.candidateId
                 left join StageChange s on s.applicationId = a.id
            where a.id = :applicationId
            order by s.movedAt, s.id""")
    List<Object[]> findWithCandidateAndHistory(long applicationId);

    List<StageChange> findByApplicationIdInOrderByMovedAtAscIdAsc(Collection<Long> applicationIds);
}

interface JobInterviewRepository extends JpaRepository<JobInterview, Long> {

    /**
     * An application with its candidate (so that the access check reads nothing more), its interviews by start and
     * their questions in the order written down, in one statement: one row per question, each
     * {@code [application, candidate, interview, question]} (an interview without questions has one row with a null
     * question, an application without interviews one row with nulls).
     */
    @org.springframework.data.jpa.repository.Query("""
            select a, c, i, q from JobApplication a join Candidate c on c.id = a.candidateId
                 left join JobInterview i on i.applicationId = a.id
                 left join InterviewQuestion q on q.interviewId = i.id
            where a.id = :applicationId
            order by i.startsAt, i.id, q.id""")
    List<Object[]> findWithCandidateAndQuestions(long applicationId);

    /**
     * An interview with its application and candidate (so that the access check reads nothing more) and its questions
     * in the order written down, in one statement: one row per question, each {@code [interview, application,
     * candidate, question]} (an interview without questions has one row with a null question; none when there is no
     * such interview).
     */
    @org.springframework.data.jpa.repository.Query("""
            select i, a, c, q from JobInterview i join JobApplication a on a.id = i.applicationId
                 join Candidate c on c.id = a.candidateId
                 left join InterviewQuestion q on q.interviewId = i.id
            where i.id = :interviewId
            order by q.id""")
    List<Object[]> findWithApplicationAndQuestions(long interviewId);

    @org.springframework.data.jpa.repository.Query("select max(i.round) from JobInterview i where i.applicationId = :applicationId")
    java.util.Optional<Integer> maxRound(long applicationId);
}

interface InterviewQuestionRepository extends JpaRepository<InterviewQuestion, Long> {

    @org.springframework.data.jpa.repository.Query("""
            select new com.careerbridge.crm.application.JobInterviews$Proposal(q.id, a.guideId, q.asked, i.format,
                   i.round, q.createdAt)
            from InterviewQuestion q join JobInterview i on i.id = q.interviewId
                 join JobApplication a on a.id = i.applicationId
            where q.proposal = com.careerbridge.crm.application.QuestionProposal.PROPOSED and a.guideId = :guideId
            order by q.createdAt, q.id""")
    List<JobInterviews.Proposal> findProposals(long guideId);

    @org.springframework.data.jpa.repository.Query("""
            select a.guideId, count(q)
            from InterviewQuestion q join JobInterview i on i.id = q.interviewId
                 join JobApplication a on a.id = i.applicationId
            where q.proposal = com.careerbridge.crm.application.QuestionProposal.PROPOSED
            group by a.guideId""")
    List<Object[]> countProposalsByGuide();

    @org.springframework.data.jpa.repository.Query("""
            select a.guideId from InterviewQuestion q join JobInterview i on i.id = q.interviewId
                 join JobApplication a on a.id = i.applicationId
            where q.id = :questionId""")
    java.util.Optional<Long> guideIdOf(long questionId);
}
