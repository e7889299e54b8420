package com.careerbridge.crm.booking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultantScheduleRepository extends JpaRepository<ConsultantSchedule, Long> {

    /**
     * The session type with the consultant's schedule, in one statement: {@code [type, schedule]}, the schedule
     * {@code null} when the consultant has none; no row when the type does not exist.
     */
    @Query("""
            select t, s from SessionType t
            left join ConsultantSchedule s on s.consultantId = :consultantId
            where t.id = :typeId""")
    List<Object[]> findTypeWithSchedule(long typeId, long consultantId);

    /**
     * What the slots of a type need, for the candidate signed in as {@code userId}, in one statement (#19):
     * {@code [consultantId, type, schedule]} — the consultant {@code null} for a candidate without one, the type
     * {@code null} when it does not exist, the schedule {@code null} when the consultant has none; no row when the login
     * is not (or no longer) a candidate's.
     */
    @Query("""
            select c.consultantId, t, s from Candidate c
            left join SessionType t on t.id = :typeId
            left join ConsultantSchedule s on s.consultantId = c.consultantId
            where c.userId = :userId and c.erasedAt is null""")
    List<Object[]> findTypeWithScheduleOfCandidate(long typeId, long userId);
}
