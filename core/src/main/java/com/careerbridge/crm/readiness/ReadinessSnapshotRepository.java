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

    /**
     * The newest score of each target role at a moment in the past (for "42 → 58" in digests). Snapshots of a role are
     * written in the order they are computed, so the highest id up to that moment is the newest one — also when two
     * share a timestamp, where comparing times alone would return both.
     */
    @Query("""
            select s from ReadinessSnapshot s
            where s.targetRoleId in :targetRoleIds
              and s.id = (select max(o.id) from ReadinessSnapshot o
                          where o.targetRoleId = s.targetRoleId and o.computedAt <= :at)""")
    List<ReadinessSnapshot> findLatestAt(Collection<Long> targetRoleIds, Instant at);
}
