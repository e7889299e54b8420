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
}

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    List<StageChange> findByApplicationIdInOrderByMovedAtAscIdAsc(Collection<Long> applicationIds);
}
