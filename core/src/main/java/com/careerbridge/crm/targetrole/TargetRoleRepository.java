package com.careerbridge.crm.targetrole;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TargetRoleRepository extends JpaRepository<TargetRole, Long> {

    List<TargetRole> findByCandidateIdOrderByPriorityAscIdAsc(long candidateId);

    /**
     * A candidate's target roles, most important first, each as {@code [role, titleKo, titleEn]}: the title of its
     * guide's newest published version (both {@code null} while none is published), in one statement. The guide tables
     * are only read here.
     */
    @Query("""
            select r, v.titleKo, v.titleEn from TargetRole r
            left join RoleGuide g on g.id = r.guideId
            left join RoleGuideVersion v on v.guideId = g.id and v.number = g.latestPublished
            where r.candidateId = :candidateId
            order by r.priority, r.id""")
    List<Object[]> findTitledByCandidateId(long candidateId);

    /**
     * One target role with its candidate (so that the access check reads nothing more) and its guide's title as in
     * {@link #findTitledByCandidateId}, in one statement: {@code [role, candidate, titleKo, titleEn]}, none when there is
     * no such role.
     */
    @Query("""
            select r, c, v.titleKo, v.titleEn from TargetRole r
            join Candidate c on c.id = r.candidateId
            left join RoleGuide g on g.id = r.guideId
            left join RoleGuideVersion v on v.guideId = g.id and v.number = g.latestPublished
            where r.id = :targetRoleId""")
    List<Object[]> findTitledWithCandidate(long targetRoleId);


    Optional<TargetRole> findByCandidateIdAndGuideId(long candidateId, long guideId);

    boolean existsByCandidateIdAndGuideId(long candidateId, long guideId);
}
