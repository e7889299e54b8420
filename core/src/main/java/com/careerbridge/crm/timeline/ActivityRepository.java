package com.careerbridge.crm.timeline;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findByCandidateIdOrderByOccurredAtDescIdDesc(long candidateId, Limit limit);

    /**
     * A page of the timeline in the order it was recorded, newest first: entries before an id, since an instant, each
     * with its actor's display name in the same statement — {@code [activity, name]}, the name {@code null} for the
     * system or an account that is gone.
     */
    @org.springframework.data.jpa.repository.Query("""
            select a, u.displayName from Activity a left join UserAccount u on u.id = a.actorId
            where a.candidateId = :candidateId and a.id < :beforeId and a.occurredAt >= :since
            order by a.id desc""")
    List<Object[]> findNamedPage(long candidateId, long beforeId, java.time.Instant since, Limit limit);
}
