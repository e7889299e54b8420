package com.careerbridge.crm.client;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

    boolean existsByEmail(String email);

    Optional<Candidate> findByEmail(String email);

    Optional<Candidate> findByUserId(Long userId);

    @Query("select c.id from Candidate c where c.consultantId = :consultantId")
    List<Long> findIdsByConsultantId(Long consultantId);
}
