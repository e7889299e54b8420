package com.careerbridge.crm.candidate;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateStatusChangeRepository extends JpaRepository<CandidateStatusChange, Long> {

    List<CandidateStatusChange> findByCandidateIdOrderByChangedAtAscIdAsc(long candidateId);
}
