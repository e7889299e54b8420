package com.careerbridge.crm.readiness;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReadinessSnapshotRepository extends JpaRepository<ReadinessSnapshot, Long> {

    List<ReadinessSnapshot> findByTargetRoleIdOrderByComputedAtAscIdAsc(long targetRoleId);

    List<ReadinessSnapshot> findByTargetRoleIdInOrderByComputedAtAscIdAsc(Collection<Long> targetRoleIds);

    /**
     * A candidate's target roles, most important first, each named as the target role feature names them (the title
     * of its guide's newest published version) and with its snapshots, oldest first: one row per snapshot, each
     * {@code [target role, title ko, title en, snapshot]} (a role without snapshots has one row with a null snapshot).
     */
    @Query("""
            select r, v.titleKo, v.titleEn, s from TargetRole r
            left join RoleGuide g on g.id = r.guideId
            left join RoleGuideVersion v on v.guideId = g.id and v.number = g.latestPublished
            left join ReadinessSnapshot s on s.targetRoleId = r.id
            where r.candidateId = :candidateId
            order by r.priority, r.id, s.computedAt, s.id""")
    List<Object[]> findTitledWithHistoryByCandidateId(long candidateId);

    @Query("select count(s) > 0 from ReadinessSnapshot s where s.targetRoleId = :targetRoleId")
    boolean existsForTargetRole(long targetRoleId);

}
