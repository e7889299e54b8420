package com.careerbridge.crm.booking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionTypeRepository extends JpaRepository<SessionType, Long> {

    @Query("select t from SessionType t order by t.archived, t.nameEn, t.id")
    List<SessionType> findAllOrdered();

    @Query("select t from SessionType t where t.selfBookable = true and t.archived = false order by t.nameEn, t.id")
    List<SessionType> findOffered();

    /**
     * The candidate signed in as {@code userId} with the types offered to them, in one statement (#19): rows of
     * {@code [candidateId, language, type]} in {@link #findOffered()}'s order, the type {@code null} on the single row of a
     * candidate without a consultant (offered nothing) or when no type is offered; no row when the login is not (or no
     * longer) a candidate's.
     */
    @Query("""
            select c.id, c.preferredLanguage, t from Candidate c
            left join SessionType t on c.consultantId is not null and t.selfBookable = true and t.archived = false
            where c.userId = :userId and c.erasedAt is null
            order by t.nameEn, t.id""")
    List<Object[]> findOfferedToCandidate(long userId);
}
