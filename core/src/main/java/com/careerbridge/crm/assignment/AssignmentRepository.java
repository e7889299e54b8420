package com.careerbridge.crm.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @Query("select distinct a from Assignment a left join fetch a.items where a.candidateId = :candidateId order by a.assignedAt desc, a.id desc")
    List<Assignment> findWithItemsByCandidateId(long candidateId);

    @Query("select a from Assignment a left join fetch a.items where a.id = :id")
    Optional<Assignment> findWithItemsById(long id);

    Optional<Assignment> findByCandidateIdAndGuideId(long candidateId, long guideId);

    boolean existsByCandidateIdAndGuideId(long candidateId, long guideId);

    List<Assignment> findByGuideId(long guideId);

    @Query("select a from Assignment a left join fetch a.items where a.candidateId in :candidateIds")
    List<Assignment> findWithItemsByCandidateIdIn(Collection<Long> candidateIds);
}
