package com.careerbridge.crm.booking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionTypeRepository extends JpaRepository<SessionType, Long> {

    @Query("select t from SessionType t order by t.archived, t.nameEn, t.id")
    List<SessionType> findAllOrdered();

    @Query("select t from SessionType t where t.selfBookable = true and t.archived = false order by t.nameEn, t.id")
    List<SessionType> findOffered();
}
