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
}
