package com.careerbridge.crm.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoachingSessionRepository extends JpaRepository<CoachingSession, Long> {

    /**
     * The earliest session of the consultant whose blocked time (the session and its buffers) overlaps the range — the
     * one a double booking runs into.
     */
    @Query("""
            select s from CoachingSession s
            where s.consultantId = :consultantId and s.status in ('SCHEDULED', 'COMPLETED')
              and s.blockedFrom < :endsAt and s.blockedUntil > :startsAt and (:excludeId is null or s.id <> :excludeId)
            order by s.startsAt, s.id limit 1""")
    Optional<CoachingSession> firstOverlapping(long consultantId, Instant startsAt, Instant endsAt, Long excludeId);

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

    /** The time a consultant's live sessions keep from bookings, between two instants: one statement, no entities. */
    @Query("""
            select new com.careerbridge.crm.session.BlockedTime(s.id, s.startsAt, s.endsAt, s.bufferBeforeMinutes,
                       s.bufferAfterMinutes)
            from CoachingSession s
            where s.consultantId = :consultantId and s.status in ('SCHEDULED', 'COMPLETED')
              and s.blockedFrom < :to and s.blockedUntil > :from""")
    List<BlockedTime> findBlockedTime(long consultantId, Instant from, Instant to);

    @Query("select distinct s from CoachingSession s left join fetch s.actionItems where s.candidateId in :candidateIds")
    List<CoachingSession> findWithItemsByCandidateIdIn(Collection<Long> candidateIds);

    @Query("""
            select s from CoachingSession s
            where s.candidateId = :candidateId and s.status = 'COMPLETED' and s.mockGuideId = :guideId and s.mockRating is not null
            order by s.startsAt desc""")
    List<CoachingSession> findRatedMocks(long candidateId, long guideId);
}
