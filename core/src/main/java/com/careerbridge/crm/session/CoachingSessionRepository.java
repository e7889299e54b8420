package com.careerbridge.crm.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoachingSessionRepository extends JpaRepository<CoachingSession, Long> {

    /**
     * The consultant's live sessions that may touch the range once buffers are counted: those overlapping it widened by
     * the longest buffer on each side (the caller checks the exact blocked times), earliest first.
     */
    @Query("""
            select s from CoachingSession s
            where s.consultantId = :consultantId and s.status in ('SCHEDULED', 'COMPLETED')
              and s.startsAt < :until and s.startsAt > :earliestStart and s.endsAt > :from
              and (:excludeId is null or s.id <> :excludeId)
            order by s.startsAt, s.id""")
    List<CoachingSession> findNear(long consultantId, Instant from, Instant until, Instant earliestStart, Long excludeId);

    @Query("select distinct s from CoachingSession s left join fetch s.actionItems where s.candidateId = :candidateId order by s.startsAt desc")
    List<CoachingSession> findWithItemsByCandidateId(long candidateId);

    /**
     * The candidate with their scheduled sessions not over yet, soonest first, each row {@code [candidate, session]}
     * (one row with a {@code null} session when there is none): the candidate and their next session in one statement.
     */
    @Query("""
            select c, s from Candidate c
            left join CoachingSession s on s.candidateId = c.id
                and s.status = com.careerbridge.crm.session.SessionStatus.SCHEDULED and s.endsAt > :now
            where c.id = :candidateId
            order by s.startsAt, s.id""")
    List<Object[]> findCandidateWithUpcoming(long candidateId, Instant now);

    @Query("select s from CoachingSession s left join fetch s.actionItems where s.id = :id")
    Optional<CoachingSession> findWithItemsById(long id);

    @Query("""
            select s from CoachingSession s
            where s.consultantId = :consultantId and s.startsAt < :to and s.endsAt > :from
            order by s.startsAt""")
    List<CoachingSession> findForConsultantBetween(long consultantId, Instant from, Instant to);

    @Query("""
            select s from CoachingSession s
            where s.startsAt < :to and s.endsAt > :from
            order by s.startsAt""")
    List<CoachingSession> findAllBetween(Instant from, Instant to);

    /**
     * A consultant's live sessions overlapping the range, as booking needs them (times and buffers): one statement, no
     * entities. The caller widens the range by the longest buffer, and bounds the start from below by the longest
     * session, so that the index on (consultant, start) reads only the range's neighbourhood, not the whole history.
     */
    @Query("""
            select new com.careerbridge.crm.session.BlockedTime(s.id, s.startsAt, s.endsAt, s.bufferBeforeMinutes,
                       s.bufferAfterMinutes)
            from CoachingSession s
            where s.consultantId = :consultantId and s.status in ('SCHEDULED', 'COMPLETED')
              and s.startsAt < :to and s.startsAt > :earliestStart and s.endsAt > :from""")
    List<BlockedTime> findBlockedTime(long consultantId, Instant from, Instant to, Instant earliestStart);

    @Query("select distinct s from CoachingSession s left join fetch s.actionItems where s.candidateId in :candidateIds")
    List<CoachingSession> findWithItemsByCandidateIdIn(Collection<Long> candidateIds);

    @Query("""
            select s from CoachingSession s
            where s.candidateId = :candidateId and s.status = 'COMPLETED' and s.mockGuideId = :guideId and s.mockRating is not null
            order by s.startsAt desc""")
    List<CoachingSession> findRatedMocks(long candidateId, long guideId);
}
