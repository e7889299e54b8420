package com.careerbridge.crm.targetrole;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRoleRepository extends JpaRepository<TargetRole, Long> {

    List<TargetRole> findByCandidateIdOrderByPriorityAscIdAsc(long candidateId);

    List<TargetRole> findByCandidateIdIn(Collection<Long> candidateIds);

    Optional<TargetRole> findByCandidateIdAndGuideId(long candidateId, long guideId);

    boolean existsByCandidateIdAndGuideId(long candidateId, long guideId);
}
