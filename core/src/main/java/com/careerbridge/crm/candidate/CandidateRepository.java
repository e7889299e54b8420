package com.careerbridge.crm.candidate;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

    boolean existsByEmail(String email);

    /**
     * The candidate with its row locked until the transaction ends: a second writer waits here, before it has taken
     * any other lock, and then sees the first one's version. Without it, two saves of the same candidate that both
     * record an activity (a key-share lock on the candidate row) and change the e-mail (a unique key, so the update
     * needs the full row lock) deadlock instead of one of them getting a stale-version conflict.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Candidate c where c.id = :id")
    Optional<Candidate> findForChange(long id);

    Optional<Candidate> findByEmail(String email);

    Optional<Candidate> findByUserId(Long userId);

    @Query("select c.id from Candidate c where c.consultantId = :consultantId")
    List<Long> findIdsByConsultantId(Long consultantId);

    @Query("select c.userId from Candidate c where c.consultantId = :consultantId and c.userId is not null")
    List<Long> findLoginIdsByConsultantId(Long consultantId);

    @Query("select c.id from Candidate c where c.userId = :userId")
    Optional<Long> findIdByUserId(Long userId);

    /** Consenting candidates in id order, one page after {@code afterId} (for the weekly digest planner). */
    @Query("select c from Candidate c where c.progressEmailsEnabled = true and c.id > :afterId order by c.id")
    List<Candidate> findWithProgressEmailsAfter(long afterId, org.springframework.data.domain.Limit limit);
}
