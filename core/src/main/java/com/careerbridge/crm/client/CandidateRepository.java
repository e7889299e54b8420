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

    /** Consenting candidates in id order, one page after {@code afterId} (for the weekly digest planner). */
    @Query("select c from Candidate c where c.progressEmailsEnabled = true and c.id > :afterId order by c.id")
    List<Candidate> findWithProgressEmailsAfter(long afterId, org.springframework.data.domain.Limit limit);
}
