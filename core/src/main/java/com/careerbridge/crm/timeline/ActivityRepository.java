package com.careerbridge.crm.timeline;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findByCandidateIdOrderByOccurredAtDescIdDesc(long candidateId, Limit limit);
}
