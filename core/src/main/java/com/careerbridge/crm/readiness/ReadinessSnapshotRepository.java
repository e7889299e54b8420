package com.careerbridge.crm.readiness;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReadinessSnapshotRepository extends JpaRepository<ReadinessSnapshot, Long> {

    List<ReadinessSnapshot> findByTargetRoleIdOrderByComputedAtAscIdAsc(long targetRoleId);

    List<ReadinessSnapshot> findByTargetRoleIdInOrderByComputedAtAscIdAsc(Collection<Long> targetRoleIds);

    @Query("select count(s) > 0 from ReadinessSnapshot s where s.targetRoleId = :targetRoleId")
    boolean existsForTargetRole(long targetRoleId);

}
