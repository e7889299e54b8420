package com.careerbridge.crm.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    /*
     * A list of assignments with progress, in one statement: the items are counted by state in the database instead
     * of being loaded, and the version's number and titles come from its own columns, not from the guide content
     * (several kB of JSON per version). The guide tables are only read here, never changed.
     */
    String OVERVIEW_SELECT = """
            select new com.careerbridge.crm.assignment.AssignmentOverview(
                a.id, a.version, a.candidateId, a.guideId, a.guideVersionId, v.number, g.latestPublished,
                v.titleKo, v.titleEn, a.assignedAt, a.dueDate, a.message, a.firstOpenedAt, a.lastReadAt,
                cast(count(i) as Integer),
                cast(count(i) filter (where i.state = com.careerbridge.crm.assignment.ItemState.DONE) as Integer),
                cast(count(i) filter (where i.state = com.careerbridge.crm.assignment.ItemState.VERIFIED) as Integer),
                a.updatedAt)
            from Assignment a
            join RoleGuideVersion v on v.id = a.guideVersionId
            join RoleGuide g on g.id = a.guideId
            left join a.items i
            """;
    String OVERVIEW_GROUP = " group by a.id, v.id, g.id order by a.assignedAt desc, a.id desc";

    /** A candidate's assignments with progress, newest first. */
    @Query(OVERVIEW_SELECT + " where a.candidateId = :candidateId" + OVERVIEW_GROUP)
    List<AssignmentOverview> findOverviewsByCandidateId(long candidateId);

    @Query(OVERVIEW_SELECT + " where a.guideId = :guideId" + OVERVIEW_GROUP)
    List<AssignmentOverview> findOverviewsByGuideId(long guideId);

    /** The assignment with its items and its candidate (one row per item, each {@code [assignment, candidate]}). */
    @Query("""
            select a, c from Assignment a left join fetch a.items join Candidate c on c.id = a.candidateId
            where a.id = :id""")
    List<Object[]> findWithItemsAndCandidateById(long id);

    Optional<Assignment> findByCandidateIdAndGuideId(long candidateId, long guideId);

    boolean existsByCandidateIdAndGuideId(long candidateId, long guideId);

    @Query("select a from Assignment a left join fetch a.items where a.candidateId in :candidateIds")
    List<Assignment> findWithItemsByCandidateIdIn(Collection<Long> candidateIds);
}
