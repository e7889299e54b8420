package com.careerbridge.crm.application;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobApplicationRepository extends JpaRepository<JobApplication, Long> {

    List<JobApplication> findByCandidateIdOrderByStageChangedAtDescIdDesc(long candidateId);
}

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    List<StageChange> findByApplicationIdInOrderByMovedAtAscIdAsc(Collection<Long> applicationIds);
}
