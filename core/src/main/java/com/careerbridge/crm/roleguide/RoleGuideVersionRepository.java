package com.careerbridge.crm.roleguide;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleGuideVersionRepository extends JpaRepository<RoleGuideVersion, Long> {

    Optional<RoleGuideVersion> findByGuideIdAndNumber(long guideId, int number);

    Optional<RoleGuideVersion> findByGuideIdAndStatus(long guideId, GuideVersionStatus status);

    List<RoleGuideVersion> findByGuideIdOrderByNumberDesc(long guideId);

    List<RoleGuideVersion> findByIdIn(Collection<Long> ids);

    @Query("select coalesce(max(v.number), 0) from RoleGuideVersion v where v.guideId = :guideId")
    int maxNumber(long guideId);
}
